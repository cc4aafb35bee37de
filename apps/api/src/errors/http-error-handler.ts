import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { describeError } from '../logging/describe-error.js';
import { requestState } from '../logging/request-state.js';
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from './error-code.js';

/**
 * Express error handler for what fails before Nest or Apollo see a request: the body
 * parser's "too large" (413) and "malformed JSON" (400). Express's own fallback would
 * answer with an HTML page that carries the stack trace outside production; this answers
 * in the GraphQL error shape with a stable code instead.
 */
export function createHttpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: unknown } | null)?.type;
    const [status, code, message] =
      type === 'entity.too.large'
        ? [413, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large']
        : type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported'
          ? [400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON']
          : [500, ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE];
    if (status === 500)
      logger.error(
        { error: describeError(error), requestId: requestState(res).requestId },
        'unexpected HTTP error',
      );
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
