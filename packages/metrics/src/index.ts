export { GERMAN_STATES, STATE_CODES, type StateCode } from './german-states.js';
