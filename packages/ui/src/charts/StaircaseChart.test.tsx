import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectHiddenMark } from './hiddenMarks.test-support.js';
import { StaircaseChart } from './StaircaseChart.js';

interface Step {
  level: number;
  goals: number | null;
  attained: number | null;
  suppressed: boolean;
}

const steps: Step[] = [1, 2, 3, 4, 5, 6, 7].map((level) => ({
  level,
  goals: level === 7 ? null : level * 1000 + 234,
  attained: level === 7 ? null : level * 100,
  suppressed: level === 7,
}));

const labels = {
  chart: 'Ziele nach Stufe der Wirkungstreppe',
  goals: 'Ziele',
  attained: 'erreicht',
  suppressed: 'weniger als 5 Personen',
  tiers: { output: 'Output', outcome: 'Outcome', impact: 'Impact' },
};

function renderStairs(data: Step[] = steps) {
  return render(
    <StaircaseChart
      data={data}
      level={(d) => d.level}
      goals={(d) => d.goals}
      attained={(d) => d.attained}
      suppressed={(d) => d.suppressed}
      levelLabel={(l) => `Stufe ${l}`}
      width={700}
      labels={labels}
    />,
  );
}

describe('StaircaseChart', () => {
  it('draws seven focusable steps, labelled with their levels', () => {
    const { container } = renderStairs();
    const marks = container.querySelectorAll('g.mq-staircase__step');
    expect(marks).toHaveLength(7);
    for (const mark of marks) expect(mark.getAttribute('tabindex')).toBe('0');
    const heights = [...container.querySelectorAll('rect.mq-staircase__block')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(heights).toHaveLength(7);
    // Levels 1–6 have ascending counts; level 7 is hidden, hatched over the whole height.
    for (let i = 1; i < 6; i++) expect(heights[i]).toBeGreaterThan(heights[i - 1] ?? 0);
    expect([...container.querySelectorAll('text.mq-chart__label')].map((t) => t.textContent)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((l) => `Stufe ${l}`),
    );
  });

  it('makes bar heights proportional to the goal counts, not to the level, and draws no bar for 0', () => {
    const counts = [12, 0, 59, 30, 20, 10, 7];
    const { container } = renderStairs(
      counts.map((goals, i) => ({ level: i + 1, goals, attained: Math.floor(goals / 2), suppressed: false })),
    );
    const heightOf = (level: number) => {
      const block = container.querySelector(`g[data-level="${level}"] rect.mq-staircase__block`);
      return block ? Number(block.getAttribute('height')) : null;
    };
    // 300 px less 44 above and 24 below: the largest count (59 at level 3) spans 232 px.
    expect(heightOf(3)).toBeCloseTo(232, 5);
    expect(heightOf(7)).toBeCloseTo((232 * 7) / 59, 5);
    expect(heightOf(1)).toBeCloseTo((232 * 12) / 59, 5);
    // Level 7 with 7 goals stands lower than level 3 with 59.
    expect(heightOf(7) ?? 0).toBeLessThan(heightOf(3) ?? 0);
    // An empty level has no bar but still its label and its printed 0.
    expect(heightOf(2)).toBeNull();
    const empty = container.querySelector('g[data-level="2"]');
    expect(empty?.querySelector('rect.mq-staircase__attained')).toBeNull();
    expect(empty?.querySelector('.mq-chart__value')?.textContent).toBe('0');
    expect(empty?.querySelector('.mq-chart__label')?.textContent).toBe('Stufe 2');
  });

  it('names each step with goals and attained goals in de-DE', () => {
    renderStairs();
    expect(screen.getByRole('img', { name: 'Stufe 4: Ziele: 4.234, erreicht: 400' })).toBeTruthy();
    expect(screen.getByText('1.234')).toBeTruthy();
    expect(screen.getByText('100 erreicht')).toBeTruthy();
  });

  it('fills the attained part of each step in proportion', () => {
    const { container } = renderStairs();
    const step = container.querySelector('g[data-level="2"]');
    const block = Number(step?.querySelector('rect.mq-staircase__block')?.getAttribute('height'));
    const part = Number(step?.querySelector('rect.mq-staircase__attained')?.getAttribute('height'));
    expect(part / block).toBeCloseTo(200 / 2234, 5);
  });

  it('shows a suppressed step as • without counts', () => {
    renderStairs();
    const step = screen.getByRole('img', { name: 'Stufe 7: weniger als 5 Personen' });
    expect(step.textContent).toContain('•');
    expect(step.querySelector('rect.mq-staircase__attained')).toBeNull();
  });

  it('has a tier legend and a tooltip on focus', () => {
    const { container } = renderStairs();
    expect(container.querySelector('.mq-legend')?.textContent).toBe('OutputOutcomeImpact');
    fireEvent.focus(screen.getByRole('img', { name: /^Stufe 1:/ }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toBe('Stufe 1Ziele: 1.234erreicht: 100');
  });
});

describe('StaircaseChart: a hidden step', () => {
  it('is hatched over the whole height (not that of a count) with •, and has no attained part', () => {
    const { container } = renderStairs(
      steps.map((s) => (s.suppressed ? { ...s, goals: 987_654, attained: 987_654 } : s)),
    );
    const step = container.querySelector('g[data-level="7"]');
    expect(step?.getAttribute('data-suppressed')).toBe('true');
    expectHiddenMark(step, 'weniger als 5 Personen');
    expect(step?.querySelector('rect.mq-staircase__attained')).toBeNull();
    const heights = [...container.querySelectorAll('rect.mq-staircase__block')].map((r) =>
      Number(r.getAttribute('height')),
    );
    // The full stair (300 px less 44 above and 24 below), whatever the hidden count.
    expect(heights[6]).toBeCloseTo(232, 5);
    expect(heights[0]).toBeCloseTo((232 * 1234) / 6234, 5);
    expect(container.textContent).not.toContain('987');
    // Heights are now fractions of the shown counts, whose decimals may hold any digits.
    expect(container.innerHTML).not.toMatch(/987[.,\s]?654/);
  });
});
