import { beforeAll, describe, expect, it } from 'vitest';
import { type SurveyInstrument, toAnswerValues } from '../surveys/survey-sql.js';
import { useSampleDatabase } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { EventsRepository } from './events.repository.js';

// Its SQL: src/queries/events.repository.sql.
describe.each(testDatabases())('EventsRepository on $kind', (factory) => {
  const sample = useSampleDatabase(factory);
  let repository: EventsRepository;
  beforeAll(() => {
    repository = new EventsRepository(sample.database);
  });

  it('finds the instrument with its NPS item', async () => {
    const instrument = await repository.findInstrument('transfer-feedback');
    expect(instrument?.kind).toBe('event_feedback');
    expect(instrument?.items.map((i) => [i.itemCode, i.role, i.scaleMin, i.scaleMax])).toEqual([
      ['NPS', 'nps', 0, 10],
      ['ZUF1', 'likert', 1, 5],
    ]);
  });

  it('returns one row per counted response: participants once per wave, anonymous ones all', async () => {
    const rows = await repository.eventResponses(await sample.scope({}), 'transfer-feedback');
    const named = rows.flatMap((r) => (r.participant_id === null ? [] : [r.participant_id]));
    expect(rows.length).toBeGreaterThan(named.length);
    const instrument = (await repository.findInstrument('transfer-feedback')) as SurveyInstrument;
    for (const row of rows)
      expect(
        Object.keys(toAnswerValues(row, instrument)).every((code) => ['NPS', 'ZUF1'].includes(code)),
      ).toBe(true);
    expect(rows.some((row) => toAnswerValues(row, instrument).NPS !== undefined)).toBe(true);
    const total = await sample.database.db
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('w.wave', '=', 'event')
      .executeTakeFirstOrThrow();
    expect(rows.length).toBeLessThanOrEqual(Number(total.n));
  });

  it('leaves every anonymous response out under a state filter', async () => {
    const rows = await repository.eventResponses(
      await sample.scope({ states: ['DE-HB', 'DE-NW'] }),
      'transfer-feedback',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.participant_id === null)).toEqual([]);
  });

  it('keeps the anonymous responses of a funder only where it has an open line', async () => {
    const rows = await repository.eventResponses(
      await sample.scope({ funder: 'kinder-forschen' }),
      'transfer-feedback',
    );
    expect(rows.filter((r) => r.participant_id === null)).toEqual([]);
    const open = await repository.eventResponses(
      await sample.scope({ funder: 'joachim-herz' }),
      'transfer-feedback',
    );
    expect(open.some((r) => r.participant_id === null)).toBe(true);
  });
});
