/** One value as the page shows it: its visible text (screen-reader-only text removed) and whether it is a `•`. */
export interface ShownValue {
  text: string;
  suppressed: boolean;
}

/** One value as the API answered it, with the `suppressed` flag of the object it belongs to. */
export interface ApiValue {
  value: number | null | undefined;
  suppressed: boolean;
}

/** A number parsed from de-DE text and how many fraction digits it showed (its rounding unit). */
export interface ParsedNumber {
  value: number;
  digits: number;
}

/**
 * Parses a de-DE formatted number as the dashboard prints it: `1.234` → 1234, `0,85` → 0.85,
 * `82 %` → 0.82, `−0,10` (true minus) → −0.1, `+0,33` → 0.33. Null when the text is no number.
 */
export function parseGermanNumber(text: string): ParsedNumber | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  const match = /^([+-]?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(%?)$/.exec(compact);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', percent = ''] = match;
  const magnitude = Number(`${whole.replace(/\./g, '')}.${fraction || '0'}`);
  const value = (sign === '-' ? -magnitude : magnitude) / (percent ? 100 : 1);
  return { value, digits: fraction.length + (percent ? 2 : 0) };
}

/** Fractions of a p-value below this are printed as `< 0,001`. */
const P_FLOOR = 0.001;

/**
 * Compares one shown value with the API's: a `•` exactly where the API suppressed, "–" where it
 * sent null, otherwise the API's number rounded to the digits on screen. Returns a description
 * of the mismatch, or null when they agree.
 */
export function mismatch(label: string, shown: ShownValue | undefined, api: ApiValue): string | null {
  if (!shown) return `${label}: not on screen (API: ${JSON.stringify(api)})`;
  if (api.suppressed) {
    return shown.suppressed && shown.text === '•'
      ? null
      : `${label}: API suppressed it, screen shows "${shown.text}"`;
  }
  if (shown.suppressed) return `${label}: screen shows • but the API sent ${api.value}`;
  if (api.value === null || api.value === undefined)
    return shown.text === '–' ? null : `${label}: API sent null, screen shows "${shown.text}"`;
  if (shown.text.startsWith('<')) {
    const bound = parseGermanNumber(shown.text.slice(1));
    return bound && bound.value === P_FLOOR && api.value < P_FLOOR
      ? null
      : `${label}: screen shows "${shown.text}", API sent ${api.value}`;
  }
  const parsed = parseGermanNumber(shown.text);
  if (!parsed) return `${label}: "${shown.text}" is no de-DE number (API: ${api.value})`;
  // Half a unit of the last digit shown, plus float noise: the API's value rounded must give the text.
  const tolerance = 0.5 * 10 ** -parsed.digits + 1e-9;
  return Math.abs(parsed.value - api.value) <= tolerance
    ? null
    : `${label}: screen shows "${shown.text}" (${parsed.value}), API sent ${api.value}`;
}
