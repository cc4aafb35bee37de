import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ForestPlot } from './ForestPlot.js';
import { expectHiddenMark } from './hiddenMarks.test-support.js';

interface Dimension {
  dimension: string;
  n: number | null;
  meanFrom: number | null;
  meanTo: number | null;
  meanDiff: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

const dimensions: Dimension[] = [
  {
    dimension: 'Netzwerk',
    n: 1234,
    meanFrom: 3.1,
    meanTo: 3.55,
    meanDiff: 0.45,
    ciLow: 0.21,
    ciHigh: 0.69,
    suppressed: false,
  },
  {
    dimension: 'Qualität',
    n: 28,
    meanFrom: 3.8,
    meanTo: 3.6,
    meanDiff: -0.2,
    ciLow: -0.5,
    ciHigh: 0.1,
    suppressed: false,
  },
  {
    dimension: 'Wirkung',
    n: null,
    meanFrom: null,
    meanTo: null,
    meanDiff: null,
    ciLow: null,
    ciHigh: null,
    suppressed: true,
  },
];

const labels = {
  chart: 'Selbstanalyse vorher und nachher',
  suppressed: 'weniger als 5 Personen',
  n: 'n',
  means: 'Mittelwerte',
  difference: 'Veränderung',
  ci: '95-%-KI',
};

function renderForest(
  withDifference = true,
  data: Dimension[] = dimensions,
  domain: [number, number] | null = [1, 5],
) {
  return render(
    <ForestPlot
      data={data}
      label={(d) => d.dimension}
      n={(d) => d.n}
      waves={[
        { key: 'pre', label: 'Vorher', mean: (d) => d.meanFrom },
        { key: 'post', label: 'Nachher', mean: (d) => d.meanTo },
      ]}
      difference={
        withDifference
          ? { value: (d) => d.meanDiff, ciLow: (d) => d.ciLow, ciHigh: (d) => d.ciHigh }
          : undefined
      }
      suppressed={(d) => d.suppressed}
      domain={domain ?? undefined}
      reference={3}
      width={640}
      labels={labels}
    />,
  );
}

describe('ForestPlot', () => {
  it('has one focusable row per dimension with a mean point per wave', () => {
    const { container } = renderForest();
    const rows = container.querySelectorAll('g.mq-forest__row');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('g.mq-forest__mean')).toHaveLength(4);
    expect(container.querySelectorAll('line.mq-forest__dumbbell')).toHaveLength(2);
  });

  it('names rows with n, the means, the difference and its CI in de-DE', () => {
    renderForest();
    expect(
      screen.getByRole('img', {
        name: 'Netzwerk: n = 1.234; Vorher: 3,10; Nachher: 3,55; Veränderung: +0,45 (95-%-KI [0,21; 0,69])',
      }),
    ).toBeTruthy();
    expect(screen.getByText('n = 1.234')).toBeTruthy();
  });

  it('draws CI whiskers around the difference on the far side of a zero line', () => {
    const { container } = renderForest();
    const zero = Number(container.querySelector('line.mq-forest__zero')?.getAttribute('x1'));
    const whiskers = container.querySelectorAll('g.mq-forest__difference');
    expect(whiskers).toHaveLength(2);
    const centreOf = (g: Element | undefined) => {
      const rect = g?.querySelector('rect');
      const left = Number(g?.getAttribute('transform')?.match(/translate\(([-\d.]+)/)?.[1]);
      return left + Number(rect?.getAttribute('x')) + 5;
    };
    expect(centreOf(whiskers[0])).toBeGreaterThan(zero);
    expect(centreOf(whiskers[1])).toBeLessThan(zero);
    expect(container.querySelectorAll('g.mq-forest__ci')).toHaveLength(2);
  });

  it('places the later mean right of the earlier one when it is higher', () => {
    const { container } = renderForest();
    const first = container.querySelectorAll('g.mq-forest__row')[0];
    const pre = Number(first?.querySelector('[data-wave="pre"] circle')?.getAttribute('cx'));
    const post = Number(first?.querySelector('[data-wave="post"] circle')?.getAttribute('cx'));
    expect(post).toBeGreaterThan(pre);
  });

  it('shows a suppressed dimension as • without points', () => {
    renderForest();
    const row = screen.getByRole('img', { name: 'Wirkung: weniger als 5 Personen' });
    expect(row.textContent).toContain('•');
    expect(row.querySelector('.mq-forest__mean')).toBeNull();
  });

  it('works without the difference panel and shows a tooltip on focus', () => {
    const { container } = renderForest(false);
    expect(container.querySelector('line.mq-forest__zero')).toBeNull();
    fireEvent.focus(screen.getByRole('img', { name: /^Qualität:/ }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toBe(
      'Qualitätn = 28Vorher: 3,80Nachher: 3,60',
    );
  });
});

describe('ForestPlot: a hidden dimension', () => {
  const secret: Dimension = {
    dimension: 'Wirkung',
    n: 987_654,
    meanFrom: 0.5,
    meanTo: 9.5,
    meanDiff: 7.25,
    ciLow: 6.5,
    ciHigh: 8.5,
    suppressed: true,
  };
  const renderWith = (data: Dimension[], domain?: [number, number]) =>
    renderForest(true, data, domain ?? null);

  it('is hatched across both panels with •: no mean point, no difference at 0', () => {
    const { container } = renderWith([...dimensions.slice(0, 2), secret], [1, 5]);
    const row = screen.getByRole('img', { name: 'Wirkung: weniger als 5 Personen' });
    expect(row.getAttribute('data-suppressed')).toBe('true');
    expectHiddenMark(row, 'weniger als 5 Personen');
    expect(row.querySelectorAll('.mq-suppressed-band')).toHaveLength(2);
    expect(row.querySelector('.mq-forest__mean')).toBeNull();
    expect(row.querySelector('.mq-forest__difference')).toBeNull();
    expect(row.textContent).toContain('n = •');
    expect(container.innerHTML).not.toContain('987');
  });

  it('never shapes the fitted axes', () => {
    const ticks = (data: Dimension[]) => {
      const { container, unmount } = renderWith(data);
      const result = [...container.querySelectorAll('.mq-chart__axis text')].map((t) => t.textContent);
      unmount();
      return result;
    };
    const withNull = ticks(dimensions);
    expect(ticks([...dimensions.slice(0, 2), secret])).toEqual(withNull);
  });

  it('has no difference axis to read when every dimension is hidden', () => {
    const { container } = renderWith([{ ...secret }, { ...secret, dimension: 'Netzwerk' }], [1, 5]);
    const ticks = [...container.querySelectorAll('.mq-chart__axis text')].map((t) => t.textContent ?? '');
    // The answer scale 1 … 5 stays (it describes the scale, not the data); no signed differences.
    expect(ticks.some((t) => t.startsWith('+') || t.startsWith('−'))).toBe(false);
    expect(ticks).toContain('5');
  });
});
