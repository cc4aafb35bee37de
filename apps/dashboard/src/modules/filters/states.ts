/** The 16 German states by ISO 3166-2 code, sorted by code as the API sorts them. */
export const STATE_CODES = [
  'DE-BB',
  'DE-BE',
  'DE-BW',
  'DE-BY',
  'DE-HB',
  'DE-HE',
  'DE-HH',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SH',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-TH',
] as const;

/** An ISO 3166-2 code of a German state. */
export type StateCode = (typeof STATE_CODES)[number];

/** True for one of the 16 codes. */
export function isStateCode(value: string): value is StateCode {
  return (STATE_CODES as readonly string[]).includes(value);
}
