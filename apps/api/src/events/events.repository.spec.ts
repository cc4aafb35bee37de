import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import { type SurveyInstrument, toAnswerValues } from '../surveys/survey-sql.js';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES } from '../test-support/example-scopes.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { EventsRepository } from './events.repository.js';

// `filtered` filters states, so no anonymous response qualifies; a funder scope without a
// state filter keeps the anonymous ones of cohorts with an open funding line.
const SCOPES: Record<string, ResolvedScope> = {
  ...EXAMPLE_SCOPES,
  funder: {
    ...(EXAMPLE_SCOPES.open as ResolvedScope),
    funder: { id: 7, key: 'joachim-herz', openCohortIds: [1, 2], stateLines: [] },
    suppressionK: 5,
  },
};

describe('EventsRepository SQL', () => {
  const repository = new EventsRepository(coldDatabase());

  it('instrumentQuery', () => {
    expect(repository.instrumentQuery('transfer-feedback').compile().sql).toMatchSnapshot();
  });

  it.each(Object.entries(SCOPES))('eventResponsesQuery with the %s scope', (_name, scope) => {
    expect(repository.eventResponsesQuery(scope, 'transfer-feedback').compile().sql).toMatchSnapshot();
  });
});

const admin: Viewer = {
  userId: 0,
  email: 'admin@test.example',
  role: 'ADMIN',
  funderId: null,
  funderKey: null,
};

describe.each(testDatabases())('EventsRepository on $kind', (factory) => {
  let database: Database;
  let repository: EventsRepository;
  let scopes: ScopeService;
  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    repository = new EventsRepository(database);
    scopes = new ScopeService(new ScopeRepository(database), readConfig({}));
  });
  afterAll(async () => {
    await database?.close();
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
    const rows = await repository.eventResponses(await scopes.resolve(admin, {}), 'transfer-feedback');
    const named = rows.flatMap((r) => (r.participant_id === null ? [] : [r.participant_id]));
    expect(rows.length).toBeGreaterThan(named.length);
    const instrument = (await repository.findInstrument('transfer-feedback')) as SurveyInstrument;
    for (const row of rows)
      expect(
        Object.keys(toAnswerValues(row, instrument)).every((code) => ['NPS', 'ZUF1'].includes(code)),
      ).toBe(true);
    expect(rows.some((row) => toAnswerValues(row, instrument).NPS !== undefined)).toBe(true);
    const total = await database.db
      .selectFrom('responses as r')
      .innerJoin('waves as w', 'w.id', 'r.wave_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('w.wave', '=', 'event')
      .executeTakeFirstOrThrow();
    expect(rows.length).toBeLessThanOrEqual(Number(total.n));
  });

  it('leaves every anonymous response out under a state filter', async () => {
    const rows = await repository.eventResponses(
      await scopes.resolve(admin, { states: ['DE-HB', 'DE-NW'] }),
      'transfer-feedback',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.participant_id === null)).toEqual([]);
  });

  it('keeps the anonymous responses of a funder only where it has an open line', async () => {
    const rows = await repository.eventResponses(
      await scopes.resolve(admin, { funder: 'kinder-forschen' }),
      'transfer-feedback',
    );
    expect(rows.filter((r) => r.participant_id === null)).toEqual([]);
    const open = await repository.eventResponses(
      await scopes.resolve(admin, { funder: 'joachim-herz' }),
      'transfer-feedback',
    );
    expect(open.some((r) => r.participant_id === null)).toBe(true);
  });
});
