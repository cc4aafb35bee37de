import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { describeError } from '../logging/describe-error.js';
import { requestState } from '../logging/request-state.js';
import { BadRequestError } from './bad-request.error.js';
import { ErrorCode, httpStatusOf } from './error-code.js';
import { toClientError } from './format-error.js';
import { PayloadTooLargeError } from './payload-too-large.error.js';

/** Seconds a client should wait before it retries a SERVICE_UNAVAILABLE answer. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Answers an HTTP request that failed outside GraphQL: the status of the error's code and
 * the body GraphQL answers errors with, `{ errors: [{ message, extensions: { code, … } }] }`,
 * so one client-side handler reads every error. Unexpected errors are logged with their stack
 * and answered with a generic 500: never a stack trace or SQL.
 */
export function sendHttpError(res: Response, error: unknown, logger: Logger): void {
  const { code, message, extensions } = toClientError(error);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR)
    logger.error(
      { error: describeError(error), requestId: requestState(res).requestId },
      'unexpected HTTP error',
    );
  if (res.headersSent) return;
  // Refused before the body was read whole: the rest is never read, so the connection cannot be reused.
  if (code === ErrorCode.PAYLOAD_TOO_LARGE) res.setHeader('connection', 'close');
  if (code === ErrorCode.SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(httpStatusOf(code)).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

/** The body parser's refusals as mintq's errors; anything else as it is. */
function fromBodyParser(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new PayloadTooLargeError('The request body is too large');
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported')
    return new BadRequestError('The request body is not valid JSON');
  return error;
}

/**
 * Express error handler for what fails before Nest or Apollo see a request: the body
 * parser's "too large" and "malformed JSON". Express's own fallback would answer with an
 * HTML page that carries the stack trace outside production.
 */
export function createHttpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    sendHttpError(res, fromBodyParser(error), logger);
  };
}
