import { ErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/** Invalid input (an unknown key, a malformed date, …); the message says what to fix. */
export class BadUserInputError extends MintqError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
  }
}
