import { ErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/**
 * Too many attempts (e.g. failed logins); `extensions.retryAfterSeconds` says when to try again,
 * `extensions` may add the reason (`because(…)`).
 */
export class TooManyRequestsError extends MintqError {
  constructor(message: string, retryAfterSeconds: number, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.TOO_MANY_REQUESTS, { ...extensions, retryAfterSeconds });
  }
}
