import { mintqErrorOf } from './mintq-error.js';

/** The HTTP request itself cannot be read: malformed JSON, not a readable upload, an unknown parameter value. */
export class BadRequestError extends mintqErrorOf('BAD_REQUEST') {}
