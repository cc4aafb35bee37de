import { mintqErrorOf } from './mintq-error.js';

/** No valid session: missing, expired or forged token, or wrong login. */
export class UnauthenticatedError extends mintqErrorOf('UNAUTHENTICATED') {}
