import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectHiddenMark } from './hiddenMarks.test-support.js';
import { StateTileMap } from './StateTileMap.js';
import { stateTileGrid } from './stateTileGrid.js';

interface Row {
  state: string;
  coverage: number | null;
  reached: number | null;
  suppressed: boolean;
}

const labels = {
  chart: 'Abdeckung nach Bundesland',
  value: 'Abdeckung',
  suppressed: 'weniger als 5 Personen',
  noData: 'keine Daten',
  legend: 'Anteil erreichter Netzwerke',
};

const rows: Row[] = stateTileGrid.map(({ code }, i) => ({
  state: code,
  coverage: code === 'DE-HB' ? null : i / 15,
  reached: code === 'DE-HB' ? null : 1000 + i * 17,
  suppressed: code === 'DE-HB',
}));

function renderMap(data: Row[] = rows) {
  return render(
    <StateTileMap
      data={data}
      state={(d) => d.state}
      value={(d) => d.coverage}
      suppressed={(d) => d.suppressed}
      details={(d) => [`Initiativen: ${(d.reached ?? 0).toLocaleString('de-DE')}`]}
      stateName={(code) => (code === 'DE-BY' ? 'Bayern' : code)}
      width={400}
      labels={labels}
    />,
  );
}

describe('StateTileMap', () => {
  it('draws all 16 states as focusable tiles in distinct grid cells', () => {
    const { container } = renderMap();
    const tiles = container.querySelectorAll('g.mq-tile');
    expect(tiles).toHaveLength(16);
    for (const tile of tiles) expect(tile.getAttribute('tabindex')).toBe('0');
    const cells = new Set(stateTileGrid.map(({ col, row }) => `${col},${row}`));
    expect(cells.size).toBe(16);
    const codes = [...tiles].map((t) => t.getAttribute('data-state'));
    expect(new Set(codes).size).toBe(16);
  });

  it('names each tile with its formatted de-DE numbers', () => {
    renderMap();
    const by = screen.getByRole('img', { name: /^Bayern:/ });
    const index = stateTileGrid.findIndex((s) => s.code === 'DE-BY');
    const expectedPercent = new Intl.NumberFormat('de-DE', { style: 'percent' }).format(index / 15);
    expect(by.getAttribute('aria-label')).toContain(`Abdeckung: ${expectedPercent}`);
    expect(by.getAttribute('aria-label')).toContain(
      `Initiativen: ${(1000 + index * 17).toLocaleString('de-DE')}`,
    );
    expect(by.getAttribute('aria-label')).toMatch(/\d\.\d{3}/);
  });

  it('shows a suppressed state as • with the explanation, not as a colour for 0', () => {
    const { container } = renderMap();
    const hb = container.querySelector('g[data-state="DE-HB"]');
    expect(hb?.getAttribute('aria-label')).toBe('DE-HB: Abdeckung: weniger als 5 Personen');
    expect(hb?.textContent).toContain('•');
    expect(hb?.querySelector('rect')?.getAttribute('fill')).toMatch(/^url\(#/);
    const zero = container.querySelector('g[data-state="DE-BB"] rect')?.getAttribute('fill');
    expect(hb?.querySelector('rect')?.getAttribute('fill')).not.toBe(zero);
  });

  it('marks states missing from the data as no data', () => {
    const { container } = renderMap(rows.filter((r) => r.state !== 'DE-SL'));
    expect(container.querySelectorAll('g.mq-tile')).toHaveLength(16);
    expect(container.querySelector('g[data-state="DE-SL"]')?.getAttribute('aria-label')).toBe(
      'DE-SL: Abdeckung: keine Daten',
    );
  });

  it('colours higher values with darker steps', () => {
    const { container } = renderMap();
    const fills = ['DE-BB', 'DE-TH'].map((code) =>
      container.querySelector(`g[data-state="${code}"] rect`)?.getAttribute('fill'),
    );
    expect(fills[0]).not.toBe(fills[1]);
  });

  it('shows the numbers in a tooltip on focus and hides it on blur', () => {
    const { container } = renderMap();
    const by = screen.getByRole('img', { name: /^Bayern:/ });
    fireEvent.focus(by);
    const tip = container.querySelector('.mq-tooltip');
    expect(tip?.textContent).toContain('Bayern');
    expect(tip?.textContent).toContain('Abdeckung');
    fireEvent.keyDown(by, { key: 'Escape' });
    expect(container.querySelector('.mq-tooltip')).toBeNull();
    fireEvent.mouseEnter(by);
    expect(container.querySelector('.mq-tooltip')).not.toBeNull();
    fireEvent.mouseLeave(by);
    expect(container.querySelector('.mq-tooltip')).toBeNull();
  });

  it('has a legend naming the suppression marker', () => {
    renderMap();
    expect(screen.getByText('• weniger als 5 Personen')).toBeTruthy();
    expect(screen.getByText('Anteil erreichter Netzwerke: 0 % – 100 %')).toBeTruthy();
  });

  it('never lets a suppressed value shape the colour scale or its legend', () => {
    const counts = rows.map((r) => ({ ...r, reached: r.suppressed ? 987654 : r.reached }));
    const { container } = render(
      <StateTileMap
        data={counts}
        state={(d) => d.state}
        value={(d) => d.reached}
        suppressed={(d) => d.suppressed}
        format="number"
        width={400}
        labels={labels}
      />,
    );
    expect(container.textContent).not.toContain('987.654');
    expect(container.innerHTML).not.toContain('987654');
  });
});

describe('StateTileMap: a hidden state', () => {
  it('is a hatched tile with •, at any tile size', () => {
    for (const width of [400, 140]) {
      const { container, unmount } = render(
        <StateTileMap
          data={rows}
          state={(d) => d.state}
          value={(d) => d.coverage}
          suppressed={(d) => d.suppressed}
          width={width}
          labels={labels}
        />,
      );
      const hb = container.querySelector('g[data-state="DE-HB"]');
      expect(hb?.getAttribute('data-suppressed')).toBe('true');
      expectHiddenMark(hb, 'weniger als 5 Personen');
      unmount();
    }
  });
});
