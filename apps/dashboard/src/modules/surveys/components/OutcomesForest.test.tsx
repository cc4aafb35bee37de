import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import type { SurveyOutcomesQuery, WaveKind } from '../../../gql/graphql.js';
import { outcomeRows } from './OutcomeRows.js';
import { OutcomesForest } from './OutcomesForest.js';

type Dimension = SurveyOutcomesQuery['surveyOutcomes']['dimensions'][number];

// Typed by inference: the generated types leave out the __typename the cache writes.
const dimension = (name: string, meanFrom: number, meanTo: number, suppressed = false) => ({
  __typename: 'DimensionOutcome',
  dimension: name,
  n: suppressed ? null : 24,
  meanFrom: suppressed ? null : meanFrom,
  meanTo: suppressed ? null : meanTo,
  meanDiff: suppressed ? null : meanTo - meanFrom,
  sdDiff: suppressed ? null : 0.5,
  t: suppressed ? null : 3.1,
  df: suppressed ? null : 23,
  p: suppressed ? null : 0.005,
  dz: suppressed ? null : 0.63,
  gz: suppressed ? null : 0.61,
  ciLow: suppressed ? null : meanTo - meanFrom - 0.2,
  ciHigh: suppressed ? null : meanTo - meanFrom + 0.2,
  alphaFrom: suppressed ? null : 0.81,
  alphaTo: suppressed ? null : 0.84,
  suppressed,
});

const comparison = (to: WaveKind, dimensions: Dimension[]) => ({
  __typename: 'SurveyOutcomes',
  instrument: 'selbstanalyse',
  from: 'PRE' as WaveKind,
  to,
  dimensions,
  responseRates: [],
});

const rows = outcomeRows([
  comparison('POST', [dimension('Kooperation', 3.1, 3.6), dimension('Verstetigung', 2.8, 3.0)]),
  comparison('FOLLOW_UP', [dimension('Kooperation', 3.0, 3.4), dimension('Verstetigung', 0, 0, true)]),
]);

function renderForest() {
  renderWithApi(<OutcomesForest rows={rows} scale={[1, 5]} />, { mocks: [viewerMock('FUNDER')] });
}

afterEach(() => cleanup());

describe('OutcomesForest', () => {
  it('draws one forest row per dimension and comparison, the change with its CI', async () => {
    renderForest();
    // The suppressed dimension shows • with the API's k (once the viewer is there), no numbers.
    await screen.findByText(
      (_, element) =>
        element?.className === 'mq-chart__note' && element.textContent === '• weniger als 5 Personen',
    );
    const marks = screen.getAllByRole('img');
    expect(marks).toHaveLength(rows.length);
    const labels = marks.map((m) => m.getAttribute('aria-label') ?? '');
    expect(labels[0]).toMatch(/^Kooperation · Prä → Post: n = 24; Prä: 3,10; Post: 3,60; Follow-up: –/);
    expect(labels[0]).toContain('Veränderung: +0,50 (95-%-KI [0,30; 0,70])');
    expect(labels[1]).toMatch(/^Kooperation · Prä → Follow-up: n = 24; Prä: 3,00; Post: –; Follow-up: 3,40/);
    expect(labels[3]).toBe('Verstetigung · Prä → Follow-up: weniger als 5 Personen');
  });

  it('puts the means on the answer scale given', () => {
    renderForest();
    const ticks = [...document.querySelectorAll('.mq-chart__axis text')].map((t) => t.textContent);
    expect(ticks).toContain('1');
    expect(ticks).toContain('5');
  });

  it('keeps all statistics (n, d_z, g_z, p, α) in the table behind the toggle', () => {
    renderForest();
    fireEvent.click(screen.getByRole('button', { name: 'Tabelle anzeigen' }));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    for (const header of ['n', 'd_z', 'g_z', 'p', 'α vorher', 'α nachher', '95-%-KI'])
      expect(headers).toContain(header);
    expect(screen.getAllByRole('rowheader').map((r) => r.textContent)).toEqual(rows.map((r) => r.dimension));
  });
});
