import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from '../errors/error-code.js';
import { RETRY_AFTER_SECONDS, STATUS_BY_CODE } from '../errors/http-status.js';
import { MintqError } from '../errors/mintq-error.js';
import { describeError } from '../logging/describe-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { requestState } from '../logging/request-state.js';
import { UploadError } from './upload-error.js';

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/**
 * Errors of the HTTP import endpoint (including its guards' 401 and 403) in the shape the
 * GraphQL endpoint and the body-parser handler answer with, `{ errors: [{ message,
 * extensions: { code } }] }`, so one client-side handler reads them all. Anything unexpected
 * is logged and answered with a generic 500: never a stack trace or SQL.
 */
@Catch()
export class ImportHttpExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, code, message] = this.describe(exception, res);
    if (res.headersSent) return;
    // Refused mid-upload: the rest of the body is not read, so the connection cannot be reused.
    if (status === 413) res.setHeader('connection', 'close');
    if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }

  private describe(exception: unknown, res: Response): [number, ErrorCode, string] {
    if (exception instanceof UploadError) return [exception.status, exception.code, exception.message];
    if (exception instanceof MintqError)
      return [STATUS_BY_CODE[exception.code] ?? 400, exception.code, exception.message];
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        const body = exception.getResponse();
        const text =
          typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : body;
        return [
          status,
          CODE_BY_STATUS[status] ?? ErrorCode.BAD_REQUEST,
          typeof text === 'string' ? text : exception.message,
        ];
      }
    }
    this.logger.error(
      { error: describeError(exception), requestId: requestState(res).requestId },
      'import upload failed',
    );
    return [500, ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE];
  }
}
