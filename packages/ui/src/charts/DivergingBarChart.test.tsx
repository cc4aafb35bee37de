import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DivergingBarChart } from './DivergingBarChart.js';
import { expectHiddenMark } from './hiddenMarks.test-support.js';

interface LevelCount {
  level: number;
  goals: number | null;
  suppressed: boolean;
}

const levels: LevelCount[] = [
  { level: -2, goals: 4, suppressed: false },
  { level: -1, goals: 10, suppressed: false },
  { level: 0, goals: 1200, suppressed: false },
  { level: 1, goals: 8, suppressed: false },
  { level: 2, goals: 0, suppressed: false },
];

function renderLevels(data: LevelCount[] = levels) {
  return render(
    <DivergingBarChart
      data={data}
      level={(d) => d.level}
      count={(d) => d.goals}
      suppressed={(d) => d.suppressed}
      width={500}
      labels={{ chart: 'Zielerreichung nach GAS-Stufe', suppressed: 'weniger als 5 Personen', unit: 'Ziele' }}
    />,
  );
}

function bar(container: HTMLElement, level: number) {
  const rect = container.querySelector(`g[data-level="${level}"] rect.mq-diverging__bar`);
  return rect ? { x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')) } : null;
}

describe('DivergingBarChart', () => {
  it('has one focusable row per level and a bar for each non-zero count', () => {
    const { container } = renderLevels();
    const rows = container.querySelectorAll('g.mq-diverging__level');
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('rect.mq-diverging__bar')).toHaveLength(4);
    expect(container.querySelector('g[data-level="2"]')?.textContent).toContain('0');
  });

  it('puts negative levels left of zero, positive right and centres level 0', () => {
    const { container } = renderLevels();
    const zero = Number(container.querySelector('line.mq-chart__zero')?.getAttribute('x1'));
    const minus = bar(container, -1);
    const plus = bar(container, 1);
    const centre = bar(container, 0);
    expect(minus && minus.x + minus.width).toBeCloseTo(zero, 5);
    expect(plus?.x).toBeCloseTo(zero, 5);
    expect(centre && centre.x + centre.width / 2).toBeCloseTo(zero, 5);
    expect(minus?.width).toBeGreaterThan(bar(container, -2)?.width ?? Number.POSITIVE_INFINITY);
  });

  it('names rows with signed levels and de-DE counts', () => {
    renderLevels();
    expect(screen.getByRole('img', { name: '0: 1.200 Ziele' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '-2: 4 Ziele' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '+1: 8 Ziele' })).toBeTruthy();
    expect(screen.getByText('1.200')).toBeTruthy();
  });

  it('shows a suppressed level as • without a bar', () => {
    const data = levels.map((l) => (l.level === -2 ? { ...l, goals: null, suppressed: true } : l));
    renderLevels(data);
    const row = screen.getByRole('img', { name: '-2: weniger als 5 Personen' });
    expect(row.querySelector('rect.mq-diverging__bar')).toBeNull();
    expect(row.textContent).toContain('•');
  });

  it('shows a tooltip on focus', () => {
    const { container } = renderLevels();
    fireEvent.focus(screen.getByRole('img', { name: '+1: 8 Ziele' }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toBe('+18 Ziele');
  });
});

describe('DivergingBarChart: a hidden level', () => {
  const secret = 987_654;
  const hidden = (level: number) =>
    levels.map((l) => (l.level === level ? { ...l, goals: secret, suppressed: true } : l));

  it('is hatched over its side of the zero line with •, without a bar or a printed count', () => {
    const { container } = renderLevels(hidden(-1));
    const row = container.querySelector('g[data-level="-1"]');
    expect(row?.getAttribute('data-suppressed')).toBe('true');
    expectHiddenMark(row, 'weniger als 5 Personen');
    expect(row?.querySelector('rect.mq-diverging__bar')).toBeNull();
    expect(row?.querySelector('.mq-chart__value')).toBeNull();
    const zero = Number(container.querySelector('line.mq-chart__zero')?.getAttribute('x1'));
    const band = row?.querySelector('.mq-suppressed-band');
    // The whole negative side: from the left end to the zero line.
    expect(Number(band?.getAttribute('x'))).toBe(0);
    expect(Number(band?.getAttribute('width'))).toBeCloseTo(zero, 5);
    const dot = Number(row?.querySelector('.mq-suppressed-marker')?.getAttribute('x'));
    expect(dot).toBeLessThan(zero - 20);
  });

  it('keeps the • of a hidden level 0 off the zero line', () => {
    const { container } = renderLevels(hidden(0));
    const row = container.querySelector('g[data-level="0"]');
    expectHiddenMark(row, 'weniger als 5 Personen');
    const zero = Number(container.querySelector('line.mq-chart__zero')?.getAttribute('x1'));
    expect(
      Math.abs(Number(row?.querySelector('.mq-suppressed-marker')?.getAttribute('x')) - zero),
    ).toBeGreaterThan(20);
  });

  it('never shapes the scale', () => {
    const { container } = renderLevels(hidden(0));
    const withNull = renderLevels(
      levels.map((l) => (l.level === 0 ? { ...l, goals: null, suppressed: true } : l)),
    );
    expect(bar(container, -1)).toEqual(bar(withNull.container, -1));
    expect(container.innerHTML).not.toContain('987');
  });
});
