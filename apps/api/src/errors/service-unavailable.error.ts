import { ErrorCode } from './error-code.js';
import { MintqError } from './mintq-error.js';

/** Nothing is wrong with the request, but it cannot be answered now; trying again later may work. */
export class ServiceUnavailableError extends MintqError {
  constructor(message: string) {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}
