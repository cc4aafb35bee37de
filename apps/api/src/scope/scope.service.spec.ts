import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ScopeRepository } from './scope.repository.js';
import { ScopeService, todayInBerlin } from './scope.service.js';

const admin: Viewer = {
  userId: 1,
  email: 'admin@test.example',
  role: 'ADMIN',
  funderId: null,
  funderKey: null,
};

describe.each(testDatabases())('scope resolution on $kind', (factory) => {
  let database: Database;
  let service: ScopeService;
  let funder: (key: string) => Viewer;
  beforeAll(async () => {
    const sample = await createSampleDatabase(factory);
    database = sample.database;
    service = new ScopeService(new ScopeRepository(database), readConfig({ MINTQ_SUPPRESSION_K: '6' }));
    funder = (key) => ({
      userId: 2,
      email: `${key}@test.example`,
      role: 'FUNDER',
      funderId: sample.funderId(key),
      funderKey: key,
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('defaults to every cohort, every state, no funder, as of today, unsuppressed', async () => {
    const now = new Date('2026-03-01T23:30:00Z'); // already 2 March in Berlin
    expect(await service.resolve(admin, undefined, now)).toMatchObject({
      cohortKeys: ['2023-24', '2024-25'],
      states: null,
      funder: null,
      from: null,
      to: null,
      asOf: '2026-03-02',
      suppressionK: null,
    });
    expect(todayInBerlin(now)).toBe('2026-03-02');
  });

  it('confines a funder user to the cohorts it funds, read from its release as of the last completed month', async () => {
    const now = new Date('2026-12-05T10:00:00Z');
    const scope = await service.resolve(funder('telekom-stiftung'), {}, now);
    expect(scope).toMatchObject({
      cohortKeys: ['2024-25'],
      funder: { key: 'telekom-stiftung' },
      suppressionK: 6,
      from: null,
      to: '2026-11-30',
      asOf: '2026-11-30',
      release: { funderKey: 'telekom-stiftung', cohort: null, period: 'all', cap: '2026-11-30' },
    });
    const year = await service.resolve(
      funder('telekom-stiftung'),
      { from: '2026-01-01', to: '2026-12-31' },
      now,
    );
    expect(year).toMatchObject({ from: '2026-01-01', to: '2026-11-30', release: { period: 2026 } });
    const past = await service.resolve(
      funder('aqtivator'),
      { cohorts: ['2023-24'], from: '2024-01-01', to: '2024-12-31' },
      now,
    );
    expect(past).toMatchObject({
      cohortKeys: ['2023-24'],
      to: '2024-12-31',
      release: { cohort: '2023-24', period: 2024 },
    });
  });

  it.each([
    ['a state filter', 'aqtivator', { states: ['DE-TH'] }, /send no states/],
    ['two cohorts', 'aqtivator', { cohorts: ['2023-24', '2024-25'] }, /exactly one funded cohort/],
    [
      'an as-of date',
      'aqtivator',
      { to: '2026-11-01' },
      /calendar year \(from YYYY-01-01, to YYYY-12-31; years 2023–2026\)/,
    ],
    ['two days', 'aqtivator', { from: '2025-03-01', to: '2025-03-02' }, /since the start/],
    [
      'a year before the first cohort',
      'telekom-stiftung',
      { from: '2023-01-01', to: '2023-12-31' },
      /years 2024–2026/,
    ],
    ['a year not yet begun', 'aqtivator', { from: '2027-01-01', to: '2027-12-31' }, /years 2023–2026/],
  ])('BAD_USER_INPUT: a funder asking outside its query space, %s', async (_name, key, input, message) => {
    await expect(service.resolve(funder(key), input, new Date('2026-12-05T10:00:00Z'))).rejects.toMatchObject(
      {
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  });

  it("lets an admin look through a funder's lines, unsuppressed", async () => {
    const scope = await service.resolve(admin, { funder: 'siemens-stiftung', cohorts: ['2024-25'] });
    expect(scope).toMatchObject({
      cohortKeys: ['2024-25'],
      funder: { key: 'siemens-stiftung' },
      suppressionK: null,
    });
  });

  it.each([
    ['another funder', 'telekom-stiftung', { funder: 'aqtivator' }, /only its own funder/],
    [
      'a cohort it does not fund',
      'telekom-stiftung',
      { cohorts: ['2023-24'] },
      /cohort\(s\) outside your funding lines: 2023-24/,
    ],
    [
      'a state outside its lines',
      'siemens-stiftung',
      { states: ['DE-NW'] },
      /state\(s\) outside your funding lines: DE-NW/,
    ],
  ])('FORBIDDEN: a funder asking for %s', async (_name, key, input, message) => {
    await expect(service.resolve(funder(key), input)).rejects.toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it.each([
    ['an unknown cohort', { cohorts: ['2019-20'] }, 'unknown cohort(s): 2019-20'],
    ['an unknown state', { states: ['DE-XX'] }, 'unknown state code(s): DE-XX'],
    ['an unknown funder', { funder: 'sparkasse' }, 'unknown funder: sparkasse'],
    ['a malformed date', { to: '01.11.2026' }, 'to must be a date YYYY-MM-DD'],
    [
      'a period that ends before it starts',
      { from: '2026-01-01', to: '2025-01-01' },
      'from must not be after to',
    ],
  ])('BAD_USER_INPUT: %s', async (_name, input, message) => {
    await expect(service.resolve(admin, input)).rejects.toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  // The dashboard words a refusal from reason and params in the reader's language, never from the message.
  it.each([
    ['admin', { cohorts: ['2019-20', '2018-19'] }, 'UNKNOWN_COHORTS', { values: '2019-20, 2018-19' }],
    ['admin', { states: ['DE-XX'] }, 'UNKNOWN_STATES', { values: 'DE-XX' }],
    ['admin', { funder: 'sparkasse' }, 'UNKNOWN_FUNDER', { value: 'sparkasse' }],
    ['admin', { from: '2026-01-01', to: '2025-01-01' }, 'PERIOD_REVERSED', {}],
    ['admin', { from: '1.1.2026' }, 'DATE_INVALID', { field: 'from' }],
    ['telekom-stiftung', { cohorts: ['2023-24'] }, 'COHORTS_OUTSIDE_FUNDING', { values: '2023-24' }],
    ['siemens-stiftung', { states: ['DE-NW'] }, 'STATES_OUTSIDE_FUNDING', { values: 'DE-NW' }],
    ['telekom-stiftung', { funder: 'aqtivator' }, 'OTHER_FUNDER', {}],
    ['aqtivator', { states: ['DE-TH'] }, 'FUNDER_STATES', {}],
    ['aqtivator', { cohorts: ['2023-24', '2024-25'] }, 'FUNDER_COHORTS', {}],
    ['aqtivator', { to: '2026-11-01' }, 'FUNDER_PERIOD', { first: 2023, last: 2026 }],
  ])('%s asking %j is refused with reason %s and its params', async (who, input, reason, params) => {
    const viewer = who === 'admin' ? admin : funder(who);
    await expect(service.resolve(viewer, input, new Date('2026-12-05T10:00:00Z'))).rejects.toMatchObject({
      extensions: { reason, params },
    });
  });
});
