import { mintqErrorOf } from './mintq-error.js';

/** Nothing is wrong with the request, but it cannot be answered now; trying again later may work. */
export class ServiceUnavailableError extends mintqErrorOf('SERVICE_UNAVAILABLE') {}
