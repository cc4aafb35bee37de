import type { Page } from 'playwright-core';

/** Where a chart draws one value the API hid, and what must not be there. */
export interface HiddenMark {
  /** What it is, for the failure message, e.g. "month bars 2023-07". */
  name: string;
  /** CSS selector of the value's mark (the focusable `role="img"` group). */
  mark: string;
  /** CSS selector of its hatch when that lies outside the mark (the curve's bands lie behind it). */
  band?: string;
  /** Selectors of what would draw a value (a bar, a point), none of which may be in the mark. */
  forbidden?: readonly string[];
}

/**
 * Every way in which the page fails to draw `marks` as hidden: each must exist, say
 * `data-suppressed="true"`, carry a visible hatch (filled with an SVG pattern that exists in its
 * chart) and a visible `•`, and hold no bar or point. Empty: all drawn as hidden.
 */
export function hiddenMarkProblems(page: Page, marks: readonly HiddenMark[]): Promise<string[]> {
  return page.evaluate((checks) => {
    const problems: string[] = [];
    const size = (element: Element) => {
      const box = (element as SVGGraphicsElement).getBBox();
      return box.width > 0 && box.height > 0;
    };
    for (const check of checks) {
      const mark = document.querySelector(check.mark);
      if (!mark) {
        problems.push(`${check.name}: not drawn at all (${check.mark})`);
        continue;
      }
      if (mark.getAttribute('data-suppressed') !== 'true')
        problems.push(`${check.name}: not marked as hidden`);
      const band = check.band
        ? document.querySelector(check.band)
        : mark.querySelector('.mq-suppressed-band');
      const id = /^url\(#(.+)\)$/.exec(band?.getAttribute('fill') ?? '')?.[1];
      if (!band || !id) problems.push(`${check.name}: no hatch`);
      else if (!band.closest('svg')?.querySelector(`pattern[id="${id}"]`))
        problems.push(`${check.name}: the hatch's pattern #${id} is missing`);
      else if (!size(band)) problems.push(`${check.name}: the hatch has no size`);
      const dot = mark.querySelector('.mq-suppressed-marker');
      if (!dot?.textContent?.includes('•')) problems.push(`${check.name}: no •`);
      else if (!size(dot)) problems.push(`${check.name}: the • has no size`);
      for (const selector of check.forbidden ?? [])
        if (mark.querySelector(selector)) problems.push(`${check.name}: draws a value (${selector})`);
    }
    return problems;
  }, marks);
}

/** How many marks below `chart` say they are hidden. */
export function hiddenMarkCount(page: Page, chart: string, mark: string): Promise<number> {
  return page.evaluate(
    ([c, m]) =>
      document.querySelector(c ?? '')?.querySelectorAll(`${m}[data-suppressed="true"]`).length ?? -1,
    [chart, mark],
  );
}

/**
 * Every way in which the cumulative curve of `months` (in the API's order, `shown` false for a
 * hidden month) leaves a gap or drops to 0: a month without its mark, a shown month without
 * its point, a run of hidden months between two shown ones that no dashed bridge crosses from
 * point to point, a solid line that starts anywhere but at the first of a run of shown months.
 */
export function curveProblems(
  page: Page,
  months: readonly { month: string; shown: boolean }[],
): Promise<string[]> {
  return page.evaluate((series) => {
    const chart = document.querySelector('.mq-cumulative');
    if (!chart) return ['no cumulative curve on the page'];
    const problems: string[] = [];
    const point = (month: string) =>
      chart.querySelector(`g.mq-cumulative__point[data-month="${month}"] circle:not(.mq-mark__focus-ring)`);
    for (const { month, shown } of series) {
      if (!chart.querySelector(`g.mq-cumulative__point[data-month="${month}"]`))
        problems.push(`curve: month ${month} is missing`);
      if (shown && !point(month)) problems.push(`curve: shown month ${month} has no point`);
    }
    const bridges = [...chart.querySelectorAll('line.mq-cumulative__bridge')].map((line) => ({
      x1: Number(line.getAttribute('x1')),
      x2: Number(line.getAttribute('x2')),
      y1: Number(line.getAttribute('y1')),
      y2: Number(line.getAttribute('y2')),
    }));
    let runs = 0;
    let lastShown = -1;
    for (let i = 0; i < series.length; i++) {
      const current = series[i];
      if (!current?.shown) continue;
      // A shown month after a hidden one (or first of all) starts a piece of solid line.
      if (lastShown === -1 || lastShown !== i - 1) runs += 1;
      if (lastShown >= 0 && i - lastShown > 1) {
        const from = point(series[lastShown]?.month ?? '');
        const to = point(current.month);
        const at = (c: Element | null, axis: 'cx' | 'cy') => Number(c?.getAttribute(axis));
        const crossed = bridges.some(
          (b) =>
            Math.abs(b.x1 - at(from, 'cx')) < 0.5 &&
            Math.abs(b.y1 - at(from, 'cy')) < 0.5 &&
            Math.abs(b.x2 - at(to, 'cx')) < 0.5 &&
            Math.abs(b.y2 - at(to, 'cy')) < 0.5,
        );
        if (!crossed)
          problems.push(`curve: no dashed bridge from ${series[lastShown]?.month} to ${current.month}`);
      }
      lastShown = i;
    }
    const path = chart.querySelector('path.mq-cumulative__line')?.getAttribute('d') ?? '';
    const starts = (path.match(/M/g) ?? []).length;
    if (starts !== runs)
      problems.push(`curve: the solid line has ${starts} pieces for ${runs} runs of shown months`);
    return problems;
  }, months);
}
