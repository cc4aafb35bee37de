import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DivergingStackedBars } from './DivergingStackedBars.js';

interface Item {
  text: string;
  shares: (number | null)[];
  n: number | null;
  suppressed: boolean;
}

const categories = [
  { key: '1', label: 'trifft nicht zu' },
  { key: '2', label: 'trifft eher nicht zu' },
  { key: '3', label: 'teils/teils' },
  { key: '4', label: 'trifft eher zu' },
  { key: '5', label: 'trifft zu' },
];

const items: Item[] = [
  { text: 'Ich kenne Wirkungsziele', shares: [0.1, 0.2, 0.2, 0.3, 0.2], n: 1234, suppressed: false },
  { text: 'Ich messe Wirkung', shares: [0, 0.1, 0.4, 0.4, 0.1], n: 28, suppressed: false },
  { text: 'Ich berichte Wirkung', shares: [null, null, null, null, null], n: null, suppressed: true },
];

function renderLikert() {
  return render(
    <DivergingStackedBars
      data={items}
      label={(d) => d.text}
      categories={categories}
      share={(d, i) => d.shares[i] ?? null}
      n={(d) => d.n}
      suppressed={(d) => d.suppressed}
      width={600}
      labels={{
        chart: 'Antworten je Aussage',
        suppressed: 'weniger als 5 Personen',
        n: 'n',
        legend: 'Antworten',
      }}
    />,
  );
}

describe('DivergingStackedBars', () => {
  it('has one focusable row per item and one segment per non-zero share', () => {
    const { container } = renderLikert();
    const rows = container.querySelectorAll('g.mq-likert__item');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('g.mq-likert__segment')).toHaveLength(5 + 4);
  });

  it('centres the neutral category on the centre line', () => {
    const { container } = renderLikert();
    const centre = Number(container.querySelector('line.mq-likert__centre')?.getAttribute('x1'));
    for (const row of container.querySelectorAll('g.mq-likert__item')) {
      const neutral = row.querySelector('[data-category="3"] rect');
      if (!neutral) continue;
      const middle = Number(neutral.getAttribute('x')) + Number(neutral.getAttribute('width')) / 2;
      expect(middle).toBeCloseTo(centre, 5);
    }
    const first = container.querySelector('g.mq-likert__item [data-category="1"] rect');
    expect(Number(first?.getAttribute('x'))).toBeLessThan(centre);
  });

  it('names items with the shares and n in de-DE', () => {
    renderLikert();
    const row = screen.getByRole('img', { name: /^Ich kenne Wirkungsziele:/ });
    const name = row.getAttribute('aria-label')?.replace(/\s/g, ' ');
    expect(name).toBe(
      'Ich kenne Wirkungsziele: trifft nicht zu: 10 %; trifft eher nicht zu: 20 %; teils/teils: 20 %; trifft eher zu: 30 %; trifft zu: 20 %; n = 1.234',
    );
  });

  it('shows a suppressed item as • without segments', () => {
    renderLikert();
    const row = screen.getByRole('img', { name: 'Ich berichte Wirkung: weniger als 5 Personen' });
    expect(row.textContent).toContain('•');
    expect(row.querySelector('.mq-likert__segment')).toBeNull();
  });

  it('has a legend of the categories and a tooltip on focus', () => {
    const { container } = renderLikert();
    expect(screen.getByRole('list', { name: 'Antworten' }).querySelectorAll('li')).toHaveLength(5);
    fireEvent.focus(screen.getByRole('img', { name: /^Ich messe Wirkung:/ }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toContain('n = 28');
  });
});
