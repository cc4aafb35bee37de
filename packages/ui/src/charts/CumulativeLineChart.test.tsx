import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CumulativeLineChart } from './CumulativeLineChart.js';
import { expectHatched, printedNumbers } from './hiddenMarks.test-support.js';

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

  it('draws the line rising, solid between shown months', () => {
    const { container } = renderLine();
    const path = container.querySelector('path.mq-cumulative__line')?.getAttribute('d') ?? '';
    // Two solid segments: the lone first point, then Jan–Feb; the hidden month between is bridged.
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

describe('CumulativeLineChart: hidden months', () => {
  const secret = 987_654;
  const data: Month[] = [
    { month: '2024-09', cumulative: null, suppressed: true },
    { month: '2024-10', cumulative: 10, suppressed: false },
    { month: '2024-11', cumulative: secret, suppressed: true },
    { month: '2024-12', cumulative: secret, suppressed: true },
    { month: '2025-01', cumulative: 40, suppressed: false },
    { month: '2025-02', cumulative: null, suppressed: true },
  ];

  it('are hatched over their slots with • above the plot, and have no point', () => {
    const { container } = renderLine(data);
    for (const month of ['2024-09', '2024-11', '2024-12', '2025-02']) {
      const mark = container.querySelector(`g.mq-cumulative__point[data-month="${month}"]`);
      expect(mark?.getAttribute('data-suppressed'), month).toBe('true');
      expect(mark?.querySelector('circle:not(.mq-mark__focus-ring)'), month).toBeNull();
      const dot = mark?.querySelector('.mq-suppressed-marker');
      expect(dot?.textContent, month).toContain('•');
      // Above the plot (y < 0), not at some height of the curve and not on the zero line.
      expect(Number(dot?.getAttribute('y')), month).toBeLessThan(0);
      const band = container.querySelector(`.mq-suppressed-band[data-month="${month}"]`);
      expectHatched(band, 'weniger als 5 Personen');
      expect(band?.getAttribute('y')).toBe('0');
    }
  });

  it('cross a hidden run between shown months with one dashed bridge, never a gap or a drop to 0', () => {
    const { container } = renderLine(data);
    const line = container.querySelector('path.mq-cumulative__line')?.getAttribute('d') ?? '';
    // Solid: two lone points (October, January); nothing of the line reaches the zero line.
    expect(line.match(/M/g)).toHaveLength(2);
    const bridges = [...container.querySelectorAll('line.mq-cumulative__bridge')];
    expect(bridges).toHaveLength(1);
    const [bridge] = bridges;
    expect(bridge?.getAttribute('stroke-dasharray')).toBeTruthy();
    const points = [...container.querySelectorAll('g.mq-cumulative__point circle:not(.mq-mark__focus-ring)')];
    const [october, january] = points.map((c) => ({ x: c.getAttribute('cx'), y: c.getAttribute('cy') }));
    expect({ x: bridge?.getAttribute('x1'), y: bridge?.getAttribute('y1') }).toEqual(october);
    expect({ x: bridge?.getAttribute('x2'), y: bridge?.getAttribute('y2') }).toEqual(january);
  });

  it('never shape the axis', () => {
    const { container } = renderLine(data);
    expect(Math.max(...printedNumbers(container))).toBe(40);
    expect(container.innerHTML).not.toContain('987');
  });

  it('leave the axis without numbers when every month is hidden', () => {
    const { container } = renderLine(data.map((m) => ({ ...m, suppressed: true })));
    expect(printedNumbers(container)).toEqual([]);
    expect(container.querySelector('line.mq-cumulative__bridge')).toBeNull();
  });
});

describe('CumulativeLineChart: months without an entry', () => {
  const pointsOf = (container: HTMLElement) =>
    [...container.querySelectorAll('g.mq-cumulative__point')].map((p) => p.getAttribute('data-month'));

  it('has a point for every month between the first and the last, evenly spaced, keeping the count', () => {
    const { container } = renderLine([
      { month: '2025-08', cumulative: 10, suppressed: false },
      { month: '2025-10', cumulative: 30, suppressed: false },
      { month: '2025-12', cumulative: 40, suppressed: false },
    ]);
    expect(pointsOf(container)).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    // Nothing was added in September: the cumulative count stays at August's.
    expect(screen.getByRole('img', { name: 'September 2025: Initiativen: 10' })).toBeTruthy();
    const cx = [...container.querySelectorAll('g.mq-cumulative__point circle:not(.mq-mark__focus-ring)')].map(
      (c) => Number(c.getAttribute('cx')),
    );
    expect(cx).toHaveLength(5);
    const steps = cx.slice(1).map((x, i) => x - (cx[i] ?? 0));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? 0, 5);
  });

  it('hides a month without an entry after a hidden month, as its count would tell the hidden one', () => {
    const { container } = renderLine([
      { month: '2025-08', cumulative: 10, suppressed: false },
      { month: '2025-09', cumulative: null, suppressed: true },
      { month: '2025-11', cumulative: 30, suppressed: false },
    ]);
    expect(pointsOf(container)).toEqual(['2025-08', '2025-09', '2025-10', '2025-11']);
    expect(screen.getByRole('img', { name: 'Oktober 2025: weniger als 5 Personen' })).toBeTruthy();
    expect(container.querySelectorAll('rect.mq-suppressed-band')).toHaveLength(2);
  });
});
