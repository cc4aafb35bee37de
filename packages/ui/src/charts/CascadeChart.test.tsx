import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CascadeChart } from './CascadeChart.js';
import { expectHiddenMark } from './hiddenMarks.test-support.js';

interface Stage {
  name: string;
  count: number | null;
  suppressed: boolean;
  estimate: boolean;
}

const stages: Stage[] = [
  { name: 'Förderer', count: 6, suppressed: false, estimate: false },
  { name: 'Multiplikator:innen', count: 28, suppressed: false, estimate: false },
  { name: 'Initiativen', count: 0, suppressed: false, estimate: false },
  { name: 'Pädagog:innen', count: 1234, suppressed: false, estimate: false },
  { name: 'Junge Menschen', count: 45678, suppressed: false, estimate: true },
];

const labels = { chart: 'Wirkungskaskade', suppressed: 'weniger als 5 Personen', estimate: 'Schätzung' };

function renderCascade(data: Stage[] = stages) {
  return render(
    <CascadeChart
      data={data}
      label={(d) => d.name}
      value={(d) => d.count}
      suppressed={(d) => d.suppressed}
      estimate={(d) => d.estimate}
      width={480}
      labels={labels}
    />,
  );
}

describe('CascadeChart', () => {
  it('draws one focusable stage per datum and a bar for every non-zero count', () => {
    const { container } = renderCascade();
    const marks = container.querySelectorAll('g.mq-cascade__stage');
    expect(marks).toHaveLength(5);
    for (const mark of marks) expect(mark.getAttribute('tabindex')).toBe('0');
    // The zero stage has no bar but still prints its 0.
    expect(container.querySelectorAll('rect.mq-cascade__bar')).toHaveLength(4);
    expect(marks[2]?.textContent).toContain('0');
  });

  it('prints counts in de-DE and names the estimate', () => {
    renderCascade();
    expect(screen.getByRole('img', { name: 'Pädagog:innen: 1.234' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Junge Menschen: 45.678 (Schätzung)' })).toBeTruthy();
    expect(screen.getByText('1.234')).toBeTruthy();
  });

  it('draws the estimate hatched with a dashed edge', () => {
    const { container } = renderCascade();
    const estimate = container.querySelector('g[data-estimate="true"] rect.mq-cascade__bar');
    expect(estimate?.getAttribute('fill')).toMatch(/^url\(#/);
    expect(estimate?.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('draws bar lengths proportional to the counts, from 0', () => {
    const data: Stage[] = [
      { name: 'Förderer', count: 6, suppressed: false, estimate: false },
      { name: 'Multiplikator:innen', count: 3, suppressed: false, estimate: false },
      { name: 'Initiativen', count: 12, suppressed: false, estimate: false },
    ];
    const { container } = renderCascade(data);
    const widths = [...container.querySelectorAll('rect.mq-cascade__bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    // The largest count spans the track; 3 is half as long as 6 (a log scale drew it at 70 %).
    expect(widths[2]).toBeCloseTo(480 - 132, 5);
    expect(widths[0]).toBeCloseTo(((480 - 132) * 6) / 12, 5);
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(0.5, 5);
  });

  it('keeps a small positive count visible as a stub of at least 2 px, with its number printed', () => {
    const { container } = renderCascade();
    const bars = [...container.querySelectorAll('rect.mq-cascade__bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    // 6 of 45.678 on 348 px would be 0.05 px.
    expect(bars[0]).toBe(2);
    expect(bars[3]).toBeCloseTo(480 - 132, 5);
    expect(bars[2]).toBeCloseTo((348 * 1234) / 45678, 5);
    expect(
      screen.getByRole('img', { name: 'Förderer: 6' }).querySelector('.mq-chart__value')?.textContent,
    ).toBe('6');
  });

  it('shows a suppressed stage as • without a bar', () => {
    const data = stages.map((s, i) => (i === 1 ? { ...s, count: null, suppressed: true } : s));
    const { container } = renderCascade(data);
    const stage = screen.getByRole('img', { name: 'Multiplikator:innen: weniger als 5 Personen' });
    expect(stage.querySelector('rect.mq-cascade__bar')).toBeNull();
    expect(stage.textContent).toContain('•');
    expect(container.querySelectorAll('rect.mq-cascade__bar')).toHaveLength(3);
    expect(container.querySelector('.mq-chart__note')?.textContent).toBe('• weniger als 5 Personen');
  });

  it('explains • only when a stage is suppressed', () => {
    const { container } = renderCascade();
    expect(container.querySelector('.mq-chart__note')).toBeNull();
  });

  it('shows the count in a tooltip on focus', () => {
    const { container } = renderCascade();
    fireEvent.focus(screen.getByRole('img', { name: 'Pädagog:innen: 1.234' }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toBe('Pädagog:innen1.234');
  });
});

describe('CascadeChart: a hidden stage', () => {
  // The API sends null; a stage carrying its true count must be drawn the same (never trust it).
  const secret = 999_999;
  const hidden = stages.map((s, i) => (i === 3 ? { ...s, count: secret, suppressed: true } : s));

  it('is hatched over its whole track with •, and has no bar and no printed 0', () => {
    const { container } = renderCascade(hidden);
    const stage = screen.getByRole('img', { name: 'Pädagog:innen: weniger als 5 Personen' });
    expect(stage.getAttribute('data-suppressed')).toBe('true');
    expectHiddenMark(stage, 'weniger als 5 Personen');
    expect(stage.querySelector('rect.mq-cascade__bar')).toBeNull();
    expect(stage.querySelector('.mq-chart__value')).toBeNull();
    const band = stage.querySelector('.mq-suppressed-band');
    // The whole track, not a length that could be read as a count.
    expect(Number(band?.getAttribute('width'))).toBe(480 - 132);
    expect(container.textContent).not.toContain('999.999');
  });

  it('never shapes the scale: the shown bars keep their lengths', () => {
    const widths = (data: Stage[]) => {
      const { container, unmount } = renderCascade(data);
      const result = [...container.querySelectorAll('g.mq-cascade__stage')].map((g) =>
        g.querySelector('rect.mq-cascade__bar')?.getAttribute('width'),
      );
      unmount();
      return result;
    };
    const withNull = widths(stages.map((s, i) => (i === 3 ? { ...s, count: null, suppressed: true } : s)));
    expect(widths(hidden)).toEqual(withNull);
  });
});
