import { beforeAll, describe, expect, it } from 'vitest';
import { useSampleDatabase } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { type SurveyInstrument, toAnswerValues } from './survey-sql.js';
import { SurveysRepository } from './surveys.repository.js';

// Its SQL: src/queries/surveys.repository.sql.
describe.each(testDatabases())('SurveysRepository on $kind', (factory) => {
  const sample = useSampleDatabase(factory);
  let repository: SurveysRepository;
  beforeAll(() => {
    repository = new SurveysRepository(sample.database);
  });
  const participantId = async (key: string) =>
    (
      await sample.database.db
        .selectFrom('participants')
        .select('id')
        .where('key', '=', key)
        .executeTakeFirstOrThrow()
    ).id;

  it('finds an instrument with its items by code, and no unknown one', async () => {
    const instrument = await repository.findInstrument('selbstanalyse');
    expect(instrument?.kind).toBe('self_assessment');
    expect(instrument?.items).toHaveLength(13);
    expect(instrument?.items[0]).toEqual({
      itemCode: 'KO01',
      dimension: 'Kooperation',
      reversed: false,
      scaleMin: 1,
      scaleMax: 5,
      role: 'likert',
    });
    expect(instrument?.items.find((i) => i.itemCode === 'KO03R')?.reversed).toBe(true);
    expect(await repository.findInstrument('no-such-instrument')).toBeUndefined();
  });

  it('keeps one response per enrollment and wave kind: the latest, with its answers folded', async () => {
    const scope = await sample.scope({ cohorts: ['2024-25'] });
    const rows = await repository.latestResponses(scope, 'selbstanalyse', ['pre', 'post']);
    const keys = rows.map((r) => `${r.participant_id}|${r.cohort_id}|${r.wave}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((r) => r.wave))).toEqual(new Set(['pre', 'post']));

    // P0035 and P0036 answered the 2024-25 post wave twice; the later submission counts.
    const instrument = (await repository.findInstrument('selbstanalyse')) as SurveyInstrument;
    const post = (key: number) => {
      const row = rows.find((r) => r.participant_id === key && r.wave === 'post');
      return row && toAnswerValues(row, instrument);
    };
    expect(post(await participantId('P0035'))).toEqual({
      KO01: 5,
      KO02: 3,
      KO03R: 1,
      QS01: 5,
      QS02: 2,
      QS03: 3,
      QS04R: 3,
      WO01: 5,
      WO02: 4,
      WO03R: 3,
      ZG01: 5,
      ZG02R: 3,
      ZG03: 3,
    });
    expect(post(await participantId('P0036'))).toEqual({
      KO03R: 3,
      QS04R: 4,
      WO01: 3,
      WO02: 3,
      WO03R: 3,
      ZG01: 3,
      ZG02R: 3,
      ZG03: 3,
    });
  });

  it('leaves anonymous responses and out-of-scope states out', async () => {
    const scope = await sample.scope({ states: ['DE-HB'] });
    const rows = await repository.latestResponses(scope, 'selbstanalyse', ['pre', 'post', 'follow_up']);
    const states = await sample.database.db
      .selectFrom('participants as p')
      .innerJoin('networks as n', 'n.id', 'p.network_id')
      .select(['p.id', 'n.state_code'])
      .execute();
    const stateOf = new Map(states.map((s) => [s.id, s.state_code]));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(stateOf.get(row.participant_id)).toBe('DE-HB');
  });

  it('counts eligible and responded per wave of the instrument in an in-scope cohort', async () => {
    const scope = await sample.scope({});
    const rows = await repository.responseRates(scope, 'selbstanalyse');
    expect(rows.map((r) => `${r.cohort} ${r.wave}`)).toEqual([
      '2023-24 pre',
      '2023-24 post',
      '2023-24 follow_up',
      '2024-25 pre',
      '2024-25 post',
      '2024-25 follow_up',
    ]);
    for (const row of rows) expect(row.responded).toBeLessThanOrEqual(row.eligible);
    expect(await repository.responseRates(scope, 'no-such-instrument')).toEqual([]);
  });
});
