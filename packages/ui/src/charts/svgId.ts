/** Turns a React `useId()` value into a string safe inside `url(#…)` references of SVG. */
export function svgId(reactId: string, suffix: string): string {
  return `mq${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`;
}
