import { STATE_CODES, type StateCode } from '@mintq/contract';

// The 16 German states by ISO 3166-2 code, sorted by code as the API sorts them: the contract's
// list, which the API, the schema and the reports share.
export { STATE_CODES, type StateCode };

/** True for one of the 16 codes. */
export function isStateCode(value: string): value is StateCode {
  return (STATE_CODES as readonly string[]).includes(value);
}
