import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DivergingStackedBars, layoutItem } from './DivergingStackedBars.js';
import { expectHatched, expectHiddenMark } from './hiddenMarks.test-support.js';

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

function renderLikert(data: Item[] = items) {
  return render(
    <DivergingStackedBars
      data={data}
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
        hiddenTogether: 'ausgeblendet zusammen',
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
    // The suppressed item is one hatched segment.
    expect(container.querySelectorAll('g.mq-likert__segment')).toHaveLength(5 + 4 + 1);
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

  it('shows a suppressed item as one hatched bar of 100 % with •, and n = •', () => {
    const { container } = renderLikert();
    const row = screen.getByRole('img', { name: 'Ich berichte Wirkung: weniger als 5 Personen' });
    expectHiddenMark(row, 'weniger als 5 Personen');
    expect(row.querySelectorAll('.mq-likert__segment')).toHaveLength(1);
    expect(row.querySelector('.mq-likert__segment--hidden')).not.toBeNull();
    expect(row.textContent).toContain('n = •');
    const band = row.querySelector('.mq-suppressed-band');
    const full = container.querySelector('g.mq-likert__item [data-category="1"] rect');
    // As long as any item's 100 %, and centred.
    const first = screen.getByRole('img', { name: /^Ich kenne Wirkungsziele:/ });
    const firstWidth = [...first.querySelectorAll('.mq-likert__segment rect')].reduce(
      (sum, r) => sum + Number(r.getAttribute('width')),
      0,
    );
    expect(Number(band?.getAttribute('width'))).toBeCloseTo(firstWidth, 5);
    expect(full).not.toBeNull();
  });

  it('has a legend of the categories and a tooltip on focus', () => {
    const { container } = renderLikert();
    expect(screen.getByRole('list', { name: 'Antworten' }).querySelectorAll('li')).toHaveLength(5);
    fireEvent.focus(screen.getByRole('img', { name: /^Ich messe Wirkung:/ }));
    expect(container.querySelector('.mq-tooltip')?.textContent).toContain('n = 28');
  });
});

describe('DivergingStackedBars: hidden answers of a shown item', () => {
  const n = 100;
  const shares = (counts: (number | null)[]) => counts.map((c) => (c === null ? null : c / n));
  const item = (text: string, counts: (number | null)[]): Item => ({
    text,
    shares: shares(counts),
    n,
    suppressed: false,
  });

  it('are one hatched segment with • of n minus the shown answers, never a missing category', () => {
    const { container } = renderLikert([item('Beide oben', [10, 20, 40, null, null])]);
    const row = container.querySelector('g.mq-likert__item');
    const hidden = row?.querySelector('.mq-likert__segment--hidden');
    expectHiddenMark(hidden, 'trifft eher zu, trifft zu: weniger als 5 Personen');
    expect(hidden?.getAttribute('data-category')).toBe('4 5');
    const width = (selector: string) => Number(row?.querySelector(selector)?.getAttribute('width'));
    // 30 of 100 answers are hidden: the segment is 30/20 as long as the 20 % of answer 2.
    expect(width('.mq-suppressed-band') / width('[data-category="2"] rect')).toBeCloseTo(30 / 20, 5);
    // Both hidden answers agree: the segment closes the bar on the right, after answer 3.
    const x = (selector: string) => Number(row?.querySelector(selector)?.getAttribute('x'));
    expect(x('.mq-suppressed-band')).toBeCloseTo(
      x('[data-category="3"] rect') + width('[data-category="3"] rect'),
      5,
    );
    const label = row?.getAttribute('aria-label')?.replace(/\s/g, ' ');
    expect(label).toContain('trifft eher zu: weniger als 5 Personen; trifft zu: weniger als 5 Personen');
    expect(label).toContain('ausgeblendet zusammen: 30 %');
    expect(container.querySelector('.mq-chart__note')?.textContent).toBe('• weniger als 5 Personen');
  });

  it('keep the neutral answer on the centre when the hidden ones lie on one side', () => {
    const { container } = renderLikert([item('Oben', [10, 20, 40, null, null])]);
    const centre = Number(container.querySelector('line.mq-likert__centre')?.getAttribute('x1'));
    const neutral = container.querySelector('[data-category="3"] rect');
    const middle = Number(neutral?.getAttribute('x')) + Number(neutral?.getAttribute('width')) / 2;
    expect(middle).toBeCloseTo(centre, 5);
  });

  it('stand apart from the bar when they are not neighbours (both extremes hidden)', () => {
    const { container } = renderLikert([item('Ränder', [null, 30, 40, 20, null])]);
    const hidden = container.querySelector('.mq-likert__segment--hidden');
    expect(hidden?.getAttribute('data-detached')).toBe('true');
    expectHatched(hidden?.querySelector('.mq-suppressed-band'), 'trifft nicht zu, trifft zu');
    const band = hidden?.querySelector('.mq-suppressed-band');
    const agree = container.querySelector('[data-category="4"] rect');
    const end = Number(agree?.getAttribute('x')) + Number(agree?.getAttribute('width'));
    expect(Number(band?.getAttribute('x'))).toBeGreaterThan(end);
  });

  it('are laid out from the shown shares only', () => {
    // Hidden 1 and 2 (both disagree): wholly left of the centre.
    const left = layoutItem([null, null, 0.4, 0.3, 0.1], false);
    expect(left.left).toBeCloseTo(0.2 + 0.2, 10);
    expect(left.detached).toBeNull();
    // Hidden 2 and 3 (across the centre): half of them on either side.
    const across = layoutItem([0.1, null, null, 0.3, 0.2], false);
    expect(across.left).toBeCloseTo(0.1 + 0.2, 10);
    expect(across.right).toBeCloseTo(0.2 + 0.3 + 0.2, 10);
    // A shown 0 between hidden answers is no gap.
    expect(layoutItem([0.5, 0.3, null, 0, null], false).detached).toBeNull();
    expect(layoutItem([0.5, 0.3, null, 0, null], false).segments.find((g) => g.kind === 'hidden')).toEqual({
      kind: 'hidden',
      indexes: [2, 4],
      share: expect.closeTo(0.2, 10),
    });
  });
});
