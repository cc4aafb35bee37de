import { mintqErrorOf } from './mintq-error.js';

/** Signed in, but this role or funder may not do or see this. */
export class ForbiddenError extends mintqErrorOf('FORBIDDEN') {}
