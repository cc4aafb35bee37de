import { ErrorCode } from './error-code.js';

/** The HTTP status each client error code is answered with on the REST endpoints. */
export const STATUS_BY_CODE: Readonly<Partial<Record<ErrorCode, number>>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  SERVICE_UNAVAILABLE: 503,
};

/** Seconds a client should wait before it retries a SERVICE_UNAVAILABLE answer. */
export const RETRY_AFTER_SECONDS = 5;
