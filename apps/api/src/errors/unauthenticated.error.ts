import { ErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/** No valid session: missing, expired or forged token, or wrong login. */
export class UnauthenticatedError extends MintqError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.UNAUTHENTICATED, extensions);
  }
}
