import { mintqErrorOf } from './mintq-error.js';

/** Invalid input (an unknown key, a malformed date, …); the message says what to fix. */
export class BadUserInputError extends mintqErrorOf('BAD_USER_INPUT') {}
