import type { WaveKind as StoredWave } from '@mintq/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScopeInput } from '../scope/scope.types.js';
import { useSampleDatabase } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ItemDistributionsRepository, type ItemTallyRow } from './item-distributions.repository.js';
import { toAnswerValues } from './survey-sql.js';
import { type LatestResponseRow, SurveysRepository } from './surveys.repository.js';

/** The tally rows as the reference counts them: item → { n, value → count }. */
function asCounts(rows: ItemTallyRow[]) {
  const result = new Map<string, { n: number; counts: Map<number, number> }>();
  for (const row of rows) {
    if (row.item === null) continue;
    const entry = result.get(row.item) ?? { n: 0, counts: new Map<number, number>() };
    result.set(row.item, entry);
    if (row.responses === null) continue;
    if (row.value === null) entry.n = row.responses;
    else entry.counts.set(row.value, row.responses);
  }
  return result;
}

// Its SQL: src/queries/item-distributions.repository.sql.
describe.each(testDatabases())('ItemDistributionsRepository on $kind', (factory) => {
  const sample = useSampleDatabase(factory);
  let repository: ItemDistributionsRepository;
  beforeAll(() => {
    repository = new ItemDistributionsRepository(sample.database);
  });

  /** The answers of surveyOutcomes' respondents, counted here in Node: item → { n, value → count }. */
  async function countAnswers(rows: LatestResponseRow[], items: string[]) {
    const codes = new Map(
      (await sample.database.db.selectFrom('items').select(['id', 'code']).execute()).map((i) => [
        i.id,
        i.code,
      ]),
    );
    const result = new Map(items.map((item) => [item, { n: 0, counts: new Map<number, number>() }]));
    const instrument = { codesById: codes };
    for (const row of rows)
      for (const [code, value] of Object.entries(toAnswerValues(row, instrument))) {
        const entry = result.get(code);
        if (!entry) throw new Error(`answer to an unknown item ${code}`);
        entry.n += 1;
        entry.counts.set(value, (entry.counts.get(value) ?? 0) + 1);
      }
    return result;
  }

  it.each([
    ['selbstanalyse', 'pre', {}],
    ['selbstanalyse', 'post', {}],
    ['selbstanalyse', 'follow_up', {}],
    ['transfer-feedback', 'event', {}],
    ['selbstanalyse', 'pre', { cohorts: ['2024-25'], states: ['DE-NW'] }],
    ['selbstanalyse', 'post', { funder: 'siemens-stiftung' }],
  ] satisfies Array<[string, StoredWave, ScopeInput]>)(
    'counts the answers of %s, %s (scope %o) of the respondents surveyOutcomes uses',
    async (instrument, wave, input) => {
      const scope = await sample.scope(input);
      const rows = await repository.tallies(scope, instrument, wave);
      const latest = await new SurveysRepository(sample.database).latestResponses(scope, instrument, [wave]);
      expect(latest.length).toBeGreaterThan(0);
      const items = [...new Set(rows.map((r) => r.item ?? ''))];
      expect(asCounts(rows)).toEqual(await countAnswers(latest, items));
      // The total row is its own count, not the sum of the value rows.
      for (const [item, { n, counts }] of asCounts(rows))
        expect(n, item).toBe([...counts.values()].reduce((a, b) => a + b, 0));
    },
  );

  it('gives an item nobody answered a total row without counts, and no rows for an unknown instrument', async () => {
    const scope = await sample.scope({});
    // No transfer-feedback wave is a pre wave: every item is there, unanswered.
    const rows = await repository.tallies(scope, 'transfer-feedback', 'pre');
    expect(rows.map((r) => [r.item, r.value, r.responses])).toEqual([
      ['NPS', null, null],
      ['ZUF1', null, null],
    ]);
    expect(await repository.tallies(scope, 'no-such-instrument', 'pre')).toEqual([]);
  });
});
