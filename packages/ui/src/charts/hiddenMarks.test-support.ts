import { expect } from 'vitest';

/**
 * Asserts that `mark` draws a hidden value as hidden: a hatched element (filled with an SVG
 * pattern that exists in the same chart, titled with `label`) and a `•`.
 */
export function expectHiddenMark(mark: Element | null | undefined, label: string): void {
  expect(mark, 'hidden mark').toBeTruthy();
  const band = mark?.querySelector('.mq-suppressed-band');
  expectHatched(band, label);
  const dot = mark?.querySelector('.mq-suppressed-marker');
  expect(dot?.textContent, 'the • of a hidden value').toContain('•');
}

/** Asserts that `element` is filled with a pattern of its own SVG and carries `label` as its title. */
export function expectHatched(element: Element | null | undefined, label: string): void {
  expect(element, 'hatched element').toBeTruthy();
  const fill = element?.getAttribute('fill') ?? '';
  const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
  expect(id, `fill ${fill} is a pattern`).toBeTruthy();
  const svg = element?.closest('svg');
  expect(svg?.querySelector(`pattern[id="${id}"]`), `pattern #${id} in the chart`).toBeTruthy();
  expect(element?.querySelector('title')?.textContent).toContain(label);
}

/** The numbers printed as text in a chart (tick labels, values), de-DE parsed. */
export function printedNumbers(container: Element): number[] {
  return [...container.querySelectorAll('svg text')]
    .map((t) => (t.textContent ?? '').replace(/\./g, '').replace(',', '.').replace('−', '-'))
    .filter((text) => /^-?\d+(\.\d+)?$/.test(text))
    .map(Number);
}
