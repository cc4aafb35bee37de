/** Average advance of a 14 px semibold chart label, in pixels per character (Source Sans 3). */
const CHARACTER_WIDTH = 7.4;

/**
 * Shortens a chart label to what fits into `width` pixels, ending with "…": SVG text does not
 * wrap, and at 390 px an item text would run under the numbers at the right.
 */
export function truncateLabel(text: string, width: number): string {
  const fits = Math.max(8, Math.floor(width / CHARACTER_WIDTH));
  return text.length <= fits ? text : `${text.slice(0, fits - 1).trimEnd()}…`;
}
