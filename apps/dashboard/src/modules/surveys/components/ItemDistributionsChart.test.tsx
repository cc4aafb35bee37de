import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import type { ItemDistributionsQuery } from '../../../gql/graphql.js';
import { itemDistributionsQuery } from '../graphql/itemDistributionsQuery.js';
import { ItemDistributionsChart } from './ItemDistributionsChart.js';

type Item = ItemDistributionsQuery['surveyItemDistributions'][number];

// Typed by inference: the generated types leave out the __typename the cache writes.
const item = (code: string, counts: (number | null)[] | null, reversed = false, n?: number) => ({
  __typename: 'ItemDistribution',
  item: code,
  dimension: 'Kooperation',
  text: `Aussage ${code}`,
  n: n ?? (counts ? counts.reduce<number>((sum, c) => sum + (c ?? 0), 0) : null),
  reversed,
  scaleMin: 1,
  scaleMax: 5,
  suppressed: counts === null,
  counts: [1, 2, 3, 4, 5].map((value, i) => ({
    __typename: 'AnswerCount',
    value,
    count: counts ? (counts[i] ?? null) : null,
  })),
});

const ITEMS = [item('KO01', [2, 3, 5, 6, 4]), item('KO02', null), item('KO03R', [0, 5, 5, 5, 5], true)];

function renderChart(items: readonly Item[]) {
  const waves: unknown[] = [];
  renderWithApi(<ItemDistributionsChart instrument="selbstanalyse" scope={{}} />, {
    mocks: [
      viewerMock('FUNDER'),
      {
        request: { query: itemDistributionsQuery, variables: () => true },
        result: (variables: { wave?: unknown }) => {
          waves.push(variables.wave);
          return { data: { surveyItemDistributions: items } };
        },
        maxUsageCount: 5,
      },
    ],
  });
  return { waves };
}

afterEach(() => cleanup());

describe('ItemDistributionsChart', () => {
  it('draws each item as diverging stacked bars with its answer shares', async () => {
    renderChart(ITEMS);
    await screen.findByText((_, el) => el?.className === 'mq-chart__note');
    const bars = screen.getAllByRole('img');
    expect(bars).toHaveLength(ITEMS.length);
    // KO01: 5 of 20 answered 3, 6 of 20 answered 4.
    expect(bars[0]?.getAttribute('aria-label')).toBe(
      // de-DE writes a no-break space before %.
      // The scale's ends carry their anchors, the values between are numbers.
      'KO01 Aussage KO01: 1 = trifft gar nicht zu: 10 %; 2: 15 %; 3: 25 %; 4: 30 %; 5 = trifft voll zu: 20 %; n = 20'.replaceAll(
        ' %',
        '\u00a0%',
      ),
    );
    expect(bars[0]?.querySelectorAll('.mq-likert__segment')).toHaveLength(5);
    // An answer nobody gave draws no segment.
    expect(bars[2]?.querySelectorAll('.mq-likert__segment')).toHaveLength(4);
    expect(bars[2]?.getAttribute('aria-label')).toMatch(/^KO03R Aussage KO03R \(umgepolt\): /);
  });

  it('shows a suppressed item as one hatched bar with • and the API’s k, no answer bars', async () => {
    renderChart(ITEMS);
    await screen.findByText((_, el) => el?.className === 'mq-chart__note');
    // k arrives with the viewer query, which may answer after the distributions.
    await waitFor(() =>
      expect(screen.getAllByRole('img')[1]?.getAttribute('aria-label')).toBe(
        'KO02 Aussage KO02: weniger als 5 Personen',
      ),
    );
    const suppressed = screen.getAllByRole('img')[1];
    expect(suppressed?.querySelectorAll('.mq-likert__segment')).toHaveLength(1);
    expect(
      suppressed?.querySelector('.mq-likert__segment--hidden .mq-suppressed-band')?.getAttribute('fill'),
    ).toMatch(/^url\(#/);
    expect(suppressed?.textContent).toContain('•');
  });

  it('draws answers the API hid as a hatched segment of n minus the shown counts, • in the table', async () => {
    // As the API answers: n shown, the two extremes hidden (15 of 115 answers between them).
    renderChart([item('KO01', [null, 40, 45, 15, null], false, 115)]);
    const [bar] = await screen.findAllByRole('img');
    await waitFor(() => expect(bar?.getAttribute('aria-label')).toContain('weniger als 5 Personen'));
    const hidden = bar?.querySelector('.mq-likert__segment--hidden');
    expect(hidden?.getAttribute('data-category')).toBe('1 5');
    expect(hidden?.textContent).toContain('•');
    const width = (selector: string) => Number(bar?.querySelector(selector)?.getAttribute('width'));
    expect(width('.mq-suppressed-band') / width('[data-category="4"] rect')).toBeCloseTo(15 / 15, 5);
    expect(bar?.getAttribute('aria-label')?.replace(/\s/g, ' ')).toContain(
      '1 = trifft gar nicht zu: weniger als 5 Personen; 2: 35 %',
    );
    expect(bar?.getAttribute('aria-label')?.replace(/\s/g, ' ')).toContain(
      'ausgeblendete Antworten zusammen: 13 %',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tabelle anzeigen' }));
    const row = screen.getByRole('rowheader', { name: 'KO01 Aussage KO01' }).closest('tr');
    expect([...(row?.children ?? [])].map((c) => c.textContent?.slice(0, 1))).toEqual([
      'K',
      '1',
      '•',
      '4',
      '4',
      '1',
      '•',
    ]);
  });

  it('asks for the wave picked, and keeps the counts in the table', async () => {
    const { waves } = renderChart(ITEMS);
    await screen.findAllByRole('img');
    fireEvent.change(screen.getByLabelText('Welle der Verteilung'), { target: { value: 'POST' } });
    await screen.findAllByRole('img');
    expect(waves).toEqual(['PRE', 'POST']);
    fireEvent.click(screen.getByRole('button', { name: 'Tabelle anzeigen' }));
    const row = screen.getByRole('rowheader', { name: 'KO01 Aussage KO01' }).closest('tr');
    expect([...(row?.children ?? [])].map((c) => c.textContent)).toEqual([
      'KO01 Aussage KO01',
      '20',
      '2',
      '3',
      '5',
      '6',
      '4',
    ]);
  });
});
