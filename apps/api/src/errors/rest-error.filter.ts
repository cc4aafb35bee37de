import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from './error-code.js';
import { RETRY_AFTER_SECONDS, STATUS_BY_CODE } from './http-status.js';
import { MintqError } from './mintq-error.js';

/**
 * Errors thrown on purpose (`MintqError`) by a REST controller, e.g. a report download while
 * the database is away: answered with their status and the GraphQL error shape, a 503 with
 * `Retry-After`. Nest's default would answer 500 for anything not an HttpException. In GraphQL
 * the error goes on to Apollo's formatError unchanged.
 */
@Catch(MintqError)
export class RestErrorFilter implements ExceptionFilter {
  catch(error: MintqError, host: ArgumentsHost) {
    if (host.getType() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (error.code === ErrorCode.SERVICE_UNAVAILABLE)
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res
      .status(STATUS_BY_CODE[error.code] ?? 400)
      .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
  }
}
