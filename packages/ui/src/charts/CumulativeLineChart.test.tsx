import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CumulativeLineChart } from './CumulativeLineChart.js';

interface Month {
  month: string;
  cumulative: number | null;
  suppressed: boolean;
}

const months: Month[] = [
  { month: '2024-11', cumulative: 12, suppressed: false },
  { month: '2024-12', cumulative: null, suppressed: true },
  { month: '2025-01', cumulative: 1234, suppressed: false },
  { month: '2025-02', cumulative: 2345, suppressed: false },
];

const labels = {
  chart: 'Erreichte Initiativen kumuliert',
  value: 'Initiativen',
  suppressed: 'weniger als 5 Personen',
};

function renderLine(data: Month[] = months) {
  return render(
    <CumulativeLineChart
      data={data}
      month={(d) => d.month}
      value={(d) => d.cumulative}
      suppressed={(d) => d.suppressed}
      width={500}
      labels={labels}
    />,
  );
}

describe('CumulativeLineChart', () => {
  it('has one focusable point per month, named with de-DE numbers', () => {
    const { container } = renderLine();
    const points = container.querySelectorAll('g.mq-cumulative__point');
    expect(points).toHaveLength(4);
    for (const p of points) expect(p.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('img', { name: 'Januar 2025: Initiativen: 1.234' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Februar 2025: Initiativen: 2.345' })).toBeTruthy();
  });

  it('draws the line rising and breaks it at a suppressed month', () => {
    const { container } = renderLine();
    const path = container.querySelector('path.mq-cumulative__line')?.getAttribute('d') ?? '';
    // Two segments: the lone first point, then Jan–Feb.
    expect(path.match(/M/g)).toHaveLength(2);
    const dots = [...container.querySelectorAll('g.mq-cumulative__point circle:not(.mq-mark__focus-ring)')];
    expect(dots).toHaveLength(3);
    const ys = dots.map((c) => Number(c.getAttribute('cy')));
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
  });

  it('shows a suppressed month as •', () => {
    renderLine();
    const dec = screen.getByRole('img', { name: 'Dezember 2024: weniger als 5 Personen' });
    expect(dec.textContent).toContain('•');
  });

  it('labels the x axis with German month abbreviations', () => {
    const { container } = renderLine();
    const ticks = [...container.querySelectorAll('.mq-chart__axis text')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['Nov. 24', 'Dez. 24', 'Jan. 25', 'Feb. 25']));
  });

  it('shows a tooltip on focus', () => {
    const { container } = renderLine();
    fireEvent.focus(screen.getByRole('img', { name: /^Januar 2025/ }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toBe('Januar 2025Initiativen: 1.234');
  });
});
