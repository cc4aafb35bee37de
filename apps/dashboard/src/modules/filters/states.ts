import { STATE_CODES, type StateCode } from '@mintq/contract';

// The 16 German states by ISO 3166-2 code, sorted by code as the API sorts them: the contract's
// list, which the API, the schema and the reports share.
export { STATE_CODES, type StateCode };

/** True for one of the 16 codes. */
export function isStateCode(value: string): value is StateCode {
  return (STATE_CODES as readonly string[]).includes(value);
}

/**
 * The states as choices, sorted by their name in the reader's language (ä after a, as a German
 * reader expects), not by code: "Bayern" before "Berlin" before "Brandenburg".
 */
export function stateOptions(
  label: (code: StateCode) => string,
  language: string,
): { value: StateCode; label: string }[] {
  return STATE_CODES.map((code) => ({ value: code, label: label(code) })).sort((a, b) =>
    a.label.localeCompare(b.label, language),
  );
}
