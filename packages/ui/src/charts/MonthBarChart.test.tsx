import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

function renderBars(series: 'one' | 'two' = 'two', locale = 'de-DE') {
  const all = [
    { key: 'activities', label: 'Aktivitäten', value: (d: Month) => d.activities },
    { key: 'initiatives', label: 'Initiativen', value: (d: Month) => d.initiatives },
  ];
  return render(
    <MonthBarChart
      data={months}
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
