import { type ArgumentsHost, Catch, type ExceptionFilter, Inject } from '@nestjs/common';
import type { Response } from 'express';
import { LOGGER, type Logger } from '../logging/logger.js';
import { sendHttpError } from './http-error-handler.js';

/**
 * Every error of a REST controller or its guards (imports, report downloads, and Nest's own
 * 404 for an unknown route), answered by sendHttpError from the one code table, where Nest's
 * default would answer 500 for anything but its own HttpExceptions. In GraphQL the error goes
 * on unchanged, to Apollo's formatError.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    sendHttpError(host.switchToHttp().getResponse<Response>(), error, this.logger);
  }
}
