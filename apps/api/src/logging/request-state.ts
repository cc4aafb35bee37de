import type { Response } from 'express';

/** What the request log line reports beyond method, path and status. */
export interface RequestState {
  requestId: string;
  /** The GraphQL operation's name (or "anonymous"), set by the logging plugin. */
  operationName?: string;
  /** Who asked: user id and role only, never an e-mail (set by the auth guard). */
  userId?: number;
  role?: string;
}

/**
 * The request's state, kept in `res.locals` because both Express middleware and the GraphQL
 * context (which holds `req` and `res`) can reach it without a request-scoped provider.
 */
export function requestState(res: Response): RequestState {
  const locals = res.locals as { mintq?: RequestState };
  locals.mintq ??= { requestId: '' };
  return locals.mintq;
}
