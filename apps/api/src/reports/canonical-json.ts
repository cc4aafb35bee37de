/**
 * Canonical JSON: object keys sorted (by UTF-16 code units) at every depth, no whitespace,
 * numbers as JavaScript prints them, `undefined` members left out. Equal data always gives
 * equal bytes, so its sha256 can fingerprint a report.
 * Example: `canonicalJson({ b: 1, a: [2, { d: null, c: 0.5 }] })` = `{"a":[2,{"c":0.5,"d":null}],"b":1}`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`canonical JSON has no representation for ${value}`);
    return value;
  }
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
