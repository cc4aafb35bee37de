import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ScopeRepository } from './scope.repository.js';
import { ScopeService } from './scope.service.js';
import type { ScopeInput } from './scope.types.js';
import { scopedEnrollments } from './scoped-enrollments.js';

const ADMIN: Viewer = { userId: 0, email: '', role: 'ADMIN', funderId: null, funderKey: null };

// The funder's lines travel with the resolved scope instead of being looked up per enrollment:
// the enrollments must be exactly those DOMAIN.md "Scope" names, checked here against the
// definition written as plain SQL over `fundings`, for every funder of the sample and for one
// funded in every state for one cohort and in a named state only for the other.
describe.each(testDatabases())('scoped enrollments on $kind', (factory) => {
  let database: Database;
  let scopes: ScopeService;

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    scopes = new ScopeService(new ScopeRepository(database), readConfig({}));
    // telekom-stiftung funds 2024-25 in DE-NW only; an open line for 2023-24 makes it mixed.
    await sql`
      insert into fundings (funder_id, cohort_id, state_code)
      select f.id, c.id, null from funders f, cohorts c
      where f.key = 'telekom-stiftung' and c.key = '2023-24'`.execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function scoped(input: ScopeInput): Promise<string[]> {
    const scope = await scopes.resolve(ADMIN, input);
    const rows = await scopedEnrollments(database.db, scope).execute();
    return rows.map((r) => `${r.participant_id}/${r.cohort_id}`).sort();
  }

  /** DOMAIN.md "Scope" for a funder, with an optional state filter, straight from `fundings`. */
  async function byDefinition(funder: string, states: string[] | null): Promise<string[]> {
    const { rows } = await sql<{ key: string }>`
      select e.participant_id || '/' || e.cohort_id as key
      from enrollments e
      join participants p on p.id = e.participant_id
      join networks n on n.id = p.network_id
      where exists (
        select 1 from fundings f join funders fu on fu.id = f.funder_id
        where fu.key = ${funder} and f.cohort_id = e.cohort_id
          and (f.state_code is null or f.state_code = n.state_code))
        and (${states}::text[] is null or n.state_code = any(${states}::text[]))`.execute(database.db);
    return rows.map((r) => r.key).sort();
  }

  it.each([
    'aqtivator',
    'koerber',
    'telekom-stiftung',
    'siemens-stiftung',
    'joachim-herz',
    'kinder-forschen',
  ])('for %s equal the definition, with and without a state filter', async (funder) => {
    const all = await scoped({ funder });
    expect(all).toEqual(await byDefinition(funder, null));
    const states = ['DE-NW', 'DE-BY', 'DE-HB'];
    expect(await scoped({ funder, states })).toEqual(await byDefinition(funder, states));
  });

  it('for the mixed funder hold both an open cohort and a state-bound one', async () => {
    const rows = await scoped({ funder: 'telekom-stiftung' });
    const cohorts = await database.db.selectFrom('cohorts').select(['id', 'key']).execute();
    const keyOf = new Map(cohorts.map((c) => [String(c.id), c.key]));
    const inScope = new Set(rows.map((row) => keyOf.get(row.split('/')[1] ?? '')));
    expect(inScope).toEqual(new Set(['2023-24', '2024-25']));
  });
});
