import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FunnelChart } from './FunnelChart.js';
import { expectHiddenMark } from './hiddenMarks.test-support.js';

interface Funnel {
  cohort: string;
  enrolled: number | null;
  completed: number | null;
  goalsSet: number | null;
  suppressed: boolean;
}

const cohorts: Funnel[] = [
  { cohort: '2023/24', enrolled: 1250, completed: 1000, goalsSet: 0, suppressed: false },
  { cohort: '2024/25', enrolled: 40, completed: 28, goalsSet: 20, suppressed: false },
  { cohort: '2025/26', enrolled: null, completed: null, goalsSet: null, suppressed: true },
];

const steps = [
  { key: 'enrolled', label: 'Eingeschrieben', value: (d: Funnel) => d.enrolled },
  { key: 'completed', label: 'Abgeschlossen', value: (d: Funnel) => d.completed },
  { key: 'goalsSet', label: 'Ziel gesetzt', value: (d: Funnel) => d.goalsSet },
];

function renderFunnel(data: Funnel[] = cohorts) {
  return render(
    <FunnelChart
      data={data}
      cohort={(d) => d.cohort}
      steps={steps}
      suppressed={(d) => d.suppressed}
      width={520}
      labels={{
        chart: 'Teilnahme-Trichter',
        suppressed: 'weniger als 5 Personen',
        ofFirst: 'der Eingeschriebenen',
        legend: 'Durchgänge',
      }}
    />,
  );
}

const plain = (s: string | null | undefined) => s?.replace(/\s/g, ' ');

describe('FunnelChart', () => {
  it('draws a focusable bar slot per step and cohort, and a bar per non-zero count', () => {
    const { container } = renderFunnel();
    const marks = container.querySelectorAll('g.mq-funnel__bar');
    expect(marks).toHaveLength(9);
    for (const mark of marks) expect(mark.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('rect.mq-funnel__fill')).toHaveLength(5);
    expect(screen.getByRole('list', { name: 'Durchgänge' }).textContent).toBe('2023/242024/252025/26');
  });

  it('prints counts and the share of enrolled in de-DE', () => {
    const { container } = renderFunnel();
    const mark = container.querySelector('g[data-step="completed"] g[data-cohort="2023/24"]');
    expect(plain(mark?.getAttribute('aria-label'))).toBe(
      '2023/24 – Abgeschlossen: 1.000 (80 % der Eingeschriebenen)',
    );
    expect(plain(mark?.textContent)).toBe('1.000 (80 %)');
    const first = container.querySelector('g[data-step="enrolled"] g[data-cohort="2023/24"]');
    expect(first?.getAttribute('aria-label')).toBe('2023/24 – Eingeschrieben: 1.250');
    const zero = container.querySelector('g[data-step="goalsSet"] g[data-cohort="2023/24"]');
    expect(plain(zero?.textContent)).toBe('0 (0 %)');
  });

  it('shows a suppressed cohort as • in every step, without bars', () => {
    const { container } = renderFunnel();
    const marks = container.querySelectorAll('g[data-cohort="2025/26"]');
    expect(marks).toHaveLength(3);
    for (const mark of marks) {
      expect(mark.textContent).toContain('•');
      expect(mark.querySelector('rect.mq-funnel__fill')).toBeNull();
      expect(mark.getAttribute('aria-label')).toMatch(/: weniger als 5 Personen$/);
    }
  });

  it('omits the cohort name and legend for a single cohort', () => {
    const { container } = renderFunnel(cohorts.slice(1, 2));
    expect(container.querySelector('.mq-legend')).toBeNull();
    expect(plain(screen.getByRole('img', { name: /^Abgeschlossen:/ }).getAttribute('aria-label'))).toBe(
      'Abgeschlossen: 28 (70 % der Eingeschriebenen)',
    );
  });

  it('shows a tooltip on hover', () => {
    const { container } = renderFunnel(cohorts.slice(1, 2));
    fireEvent.mouseEnter(screen.getByRole('img', { name: /^Ziel gesetzt:/ }));
    expect(plain(container.querySelector('.mq-tooltip')?.textContent)).toBe(
      'Ziel gesetzt20 (50 % der Eingeschriebenen)',
    );
  });
});

describe('FunnelChart: a hidden cohort', () => {
  const secret = 987_654;
  const hidden = cohorts.map((c) =>
    c.suppressed ? { ...c, enrolled: secret, completed: secret, goalsSet: secret } : c,
  );

  it('is hatched over the whole track of every step with •, without bars or counts', () => {
    const { container } = renderFunnel(hidden);
    const marks = container.querySelectorAll('g.mq-funnel__bar[data-cohort="2025/26"]');
    expect(marks).toHaveLength(steps.length);
    for (const mark of marks) {
      expect(mark.getAttribute('data-suppressed')).toBe('true');
      expectHiddenMark(mark, 'weniger als 5 Personen');
      expect(mark.querySelector('.mq-funnel__fill')).toBeNull();
      expect(mark.querySelector('.mq-chart__value')).toBeNull();
      expect(Number(mark.querySelector('.mq-suppressed-band')?.getAttribute('width'))).toBe(520 - 120);
    }
  });

  it('never shapes the scale', () => {
    const widths = (data: Funnel[]) => {
      const { container, unmount } = renderFunnel(data);
      const result = [...container.querySelectorAll('rect.mq-funnel__fill')].map((r) =>
        r.getAttribute('width'),
      );
      unmount();
      return result;
    };
    expect(widths(hidden)).toEqual(widths(cohorts));
    const { container } = renderFunnel(hidden);
    expect(container.innerHTML).not.toContain('987');
  });
});
