/**
 * The secret of a mailed link, `…/einladung#token=<secret>`: it rides in the fragment, which
 * never reaches a server log or a Referer header.
 */
export function linkToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() ? token.trim() : null;
}
