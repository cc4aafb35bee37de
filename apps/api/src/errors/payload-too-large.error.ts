import { mintqErrorOf } from './mintq-error.js';

/** The request body is over a limit (size, files, zip entries); refused before it is read whole. */
export class PayloadTooLargeError extends mintqErrorOf('PAYLOAD_TOO_LARGE') {}
