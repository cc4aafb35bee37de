import { mintqErrorOf } from './mintq-error.js';

/** The change was made against an older state of the thing: someone changed it meanwhile. */
export class ConflictError extends mintqErrorOf('CONFLICT') {}
