/** Letters a file name spells out rather than drops: German first. */
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A download's name from what it shows and the day: `Kumulierte Reichweite` on 5 Dec 2026 →
 * `kumulierte-reichweite-2026-12-05.csv`. Only a–z, digits and dashes, so every system keeps it.
 */
export function exportFileName(title: string, day: string, extension: 'csv' | 'xlsx'): string {
  const slug = title
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => SPELLED[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'mintq'}-${day}.${extension}`;
}
