import { ErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/** The named thing (a report, a funder, …) does not exist or is not visible to the viewer. */
export class NotFoundError extends MintqError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.NOT_FOUND, extensions);
  }
}
