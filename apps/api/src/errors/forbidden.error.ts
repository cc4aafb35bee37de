import { ErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/** Signed in, but this role or funder may not do or see this. */
export class ForbiddenError extends MintqError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.FORBIDDEN, extensions);
  }
}
