import { mintqErrorOf } from './mintq-error.js';

/** The named thing (a report, a funder, …) does not exist or is not visible to the viewer. */
export class NotFoundError extends mintqErrorOf('NOT_FOUND') {}
