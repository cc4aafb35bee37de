/** How many characters of a user's value an error message quotes back. */
export const EXCERPT_CHARS = 40;

/**
 * The start of a value, as an error message quotes it: at most EXCERPT_CHARS characters and
 * "…", so an error about a 10 MB value is one line (in an import report, a GraphQL error, a
 * log), not 10 MB. E.g. `excerpt('a'.repeat(50)) === 'a'.repeat(40) + '…'`.
 */
export function excerpt(value: string): string {
  if (value.length <= EXCERPT_CHARS) return value;
  // Half a surrogate pair would be no text at all in a JSON answer: the cut goes before it.
  const last = value.charCodeAt(EXCERPT_CHARS - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
  return `${value.slice(0, end)}…`;
}
