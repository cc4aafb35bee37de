import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestState } from './request-state.js';

/** A caller's request id is kept only when harmless: short, and no characters that break logs. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the caller's `x-request-id` or a new UUID), echoes it in the
 * response header, and logs one line when the response is done: id, method, path, status,
 * duration, GraphQL operation name, user id and role. Never the query string, body,
 * variables, headers or e-mails: those may carry tokens, passwords and personal data.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const state = requestState(res);
    state.requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', state.requestId);
    res.once('close', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          requestId: state.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          ...(state.operationName !== undefined ? { operation: state.operationName } : {}),
          ...(state.userId !== undefined ? { userId: state.userId, role: state.role } : {}),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
    });
    next();
  };
}
