import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectHiddenMark, printedNumbers } from './hiddenMarks.test-support.js';
import { MonthBarChart } from './MonthBarChart.js';

interface Month {
  month: string;
  activities: number | null;
  initiatives: number | null;
  suppressed: boolean;
}

const months: Month[] = [
  { month: '2025-01', activities: 1234, initiatives: 40, suppressed: false },
  { month: '2025-02', activities: 12, initiatives: 0, suppressed: false },
  { month: '2025-03', activities: null, initiatives: null, suppressed: true },
  { month: '2025-04', activities: 30, initiatives: 9, suppressed: false },
];

const labels = { chart: 'Aktivitäten je Monat', suppressed: 'weniger als 5 Personen', legend: 'Legende' };

/** The chart of `data` (default: the four months) with one or both series. */
function renderBars(series: 'one' | 'two' = 'two', locale = 'de-DE', data: Month[] = months) {
  const all = [
    { key: 'activities', label: 'Aktivitäten', value: (d: Month) => d.activities },
    { key: 'initiatives', label: 'Initiativen', value: (d: Month) => d.initiatives },
  ];
  return render(
    <MonthBarChart
      data={data}
      month={(d) => d.month}
      series={series === 'one' ? all.slice(0, 1) : all}
      suppressed={(d) => d.suppressed}
      width={600}
      locale={locale}
      labels={labels}
    />,
  );
}

describe('MonthBarChart', () => {
  it('has one focusable mark per month and one bar per non-zero value', () => {
    const { container } = renderBars();
    const marks = container.querySelectorAll('g.mq-month-bars__month');
    expect(marks).toHaveLength(4);
    for (const mark of marks) expect(mark.getAttribute('tabindex')).toBe('0');
    // 2 + 1 (zero initiatives draw nothing) + 0 (suppressed) + 2
    expect(container.querySelectorAll('rect.mq-month-bars__bar')).toHaveLength(5);
  });

  it('draws one bar per month for a single series, without a legend', () => {
    const { container } = renderBars('one');
    expect(container.querySelectorAll('rect.mq-month-bars__bar')).toHaveLength(3);
    expect(container.querySelector('.mq-legend')).toBeNull();
  });

  it('labels months in German and numbers in de-DE', () => {
    const { container } = renderBars();
    expect(
      screen.getByRole('img', { name: 'Januar 2025: Aktivitäten: 1.234; Initiativen: 40' }),
    ).toBeTruthy();
    const ticks = [...container.querySelectorAll('.mq-chart__axis text')].map((t) => t.textContent);
    expect(ticks).toContain('Jan. 25');
    expect(ticks).toContain('März 25');
    expect(screen.getByRole('list', { name: 'Legende' }).textContent).toBe('AktivitätenInitiativen');
  });

  it('uses English month names for en-GB', () => {
    renderBars('two', 'en-GB');
    expect(
      screen.getByRole('img', { name: 'January 2025: Aktivitäten: 1,234; Initiativen: 40' }),
    ).toBeTruthy();
  });

  it('shows a suppressed month as • without bars', () => {
    renderBars();
    const march = screen.getByRole('img', { name: 'März 2025: weniger als 5 Personen' });
    expect(march.querySelector('rect.mq-month-bars__bar')).toBeNull();
    expect(march.textContent).toContain('•');
  });

  it('draws taller bars for larger counts', () => {
    const { container } = renderBars('one');
    const heights = [...container.querySelectorAll('rect.mq-month-bars__bar')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(heights[0]).toBeGreaterThan(heights[2] ?? 0);
    expect(heights[2]).toBeGreaterThan(heights[1] ?? 0);
  });

  it('shows the numbers in a tooltip on hover', () => {
    const { container } = renderBars();
    fireEvent.mouseEnter(screen.getByRole('img', { name: /^April 2025/ }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toBe(
      'April 2025Aktivitäten: 30Initiativen: 9',
    );
  });
});

describe('MonthBarChart: a hidden month', () => {
  const secret = 987_654;
  const hidden = months.map((m) => (m.suppressed ? { ...m, activities: secret, initiatives: secret } : m));
  const renderHidden = () => renderBars('two', 'de-DE', hidden);

  it('is a hatched column over its whole slot with • above it, and no bar', () => {
    const { container } = renderHidden();
    const march = container.querySelector('g[data-month="2025-03"]');
    expect(march?.getAttribute('data-suppressed')).toBe('true');
    expectHiddenMark(march, 'weniger als 5 Personen');
    expect(march?.querySelector('rect.mq-month-bars__bar')).toBeNull();
    const band = march?.querySelector('.mq-suppressed-band');
    const slot = march?.querySelector('.mq-mark__focus-ring');
    // The slot's full height and width: not a bar of some height, not a dot on the zero line.
    expect(band?.getAttribute('y')).toBe('0');
    expect(band?.getAttribute('height')).toBe(slot?.getAttribute('height'));
    expect(band?.getAttribute('width')).toBe(slot?.getAttribute('width'));
    const dot = march?.querySelector('.mq-suppressed-marker');
    expect(Number(dot?.getAttribute('y'))).toBeLessThan(0);
  });

  it('never shapes the count axis', () => {
    const { container } = renderHidden();
    // The largest shown count is 1.234: the axis ends just above it, not near 987.654.
    const top = Math.max(...printedNumbers(container));
    expect(top).toBeGreaterThanOrEqual(1200);
    expect(top).toBeLessThan(2000);
    expect(container.innerHTML).not.toContain('987');
  });

  it('leaves the count axis without numbers when every month is hidden', () => {
    const { container } = renderBars(
      'one',
      'de-DE',
      hidden.map((m) => ({ ...m, suppressed: true })),
    );
    expect(printedNumbers(container)).toEqual([]);
    expect(container.querySelectorAll('.mq-chart__grid')).toHaveLength(0);
    expect(container.querySelectorAll('.mq-suppressed-band')).toHaveLength(4);
  });
});

describe('MonthBarChart: months without an entry', () => {
  // August, October, hidden November and December: no entry for September.
  const gappy: Month[] = [
    { month: '2025-08', activities: 10, initiatives: 4, suppressed: false },
    { month: '2025-10', activities: 20, initiatives: 8, suppressed: false },
    { month: '2025-11', activities: null, initiatives: null, suppressed: true },
    { month: '2025-12', activities: 5, initiatives: 2, suppressed: false },
  ];
  const renderGappy = () => renderBars('one', 'de-DE', gappy);

  it('gives every month between the first and the last its slot, evenly spaced', () => {
    const { container } = renderGappy();
    const marks = [...container.querySelectorAll('g.mq-month-bars__month')];
    expect(marks.map((m) => m.getAttribute('data-month'))).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    const lefts = marks.map((m) =>
      Number(/translate\(([-\d.]+)/.exec(m.getAttribute('transform') ?? '')?.[1]),
    );
    const steps = lefts.slice(1).map((l, i) => l - (lefts[i] ?? 0));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? 0, 5);
    const ticks = [...container.querySelectorAll('.mq-chart__axis text')].map((t) => t.textContent);
    expect(ticks).toContain('Sept. 25');
  });

  it('shows a month without an entry as 0, without a bar, and keeps the hidden month hatched', () => {
    renderGappy();
    const september = screen.getByRole('img', { name: 'September 2025: Aktivitäten: 0' });
    expect(september.querySelector('rect.mq-month-bars__bar')).toBeNull();
    expect(september.getAttribute('data-suppressed')).toBeNull();
    expectHiddenMark(
      screen.getByRole('img', { name: 'November 2025: weniger als 5 Personen' }),
      labels.suppressed,
    );
    // The bars that are drawn stay proportional to their counts.
    const height = (name: string) =>
      Number(
        screen.getByRole('img', { name }).querySelector('rect.mq-month-bars__bar')?.getAttribute('height'),
      );
    expect(height('August 2025: Aktivitäten: 10') / height('Oktober 2025: Aktivitäten: 20')).toBeCloseTo(
      0.5,
      5,
    );
  });
});
