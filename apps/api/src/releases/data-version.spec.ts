import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ReleasesRepository } from './releases.repository.js';

// Funder releases are stored per data version: a change that leaves it alone would keep a
// funder on numbers from before the change. An import and a coordinator's entry in the app
// each move it, and an erasure deleting history rows never brings back an earlier one.
describe.each(testDatabases())('the data version on $kind', ({ create }) => {
  let database: Database;
  let releases: ReleasesRepository;

  beforeAll(async () => {
    database = await create();
    releases = new ReleasesRepository(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function historyRow(participantId: number): Promise<void> {
    await database.db
      .insertInto('entry_history')
      .values({
        actor: 'coordinator@example.org',
        source: 'app',
        participant_id: participantId,
        entity: 'activity',
        entity_key: 'P1-act-1',
        action: 'created',
        before: null,
        after: JSON.stringify({ title: 'Workshop' }),
      })
      .execute();
  }

  it('moves with every import and every app entry, and never goes back', async () => {
    const empty = await releases.dataVersion();
    await database.db
      .insertInto('import_batches')
      .values({
        user_id: null,
        actor: 'cli',
        source: 'bundle',
        started_at: new Date(),
        finished_at: new Date(),
        outcome: 'imported',
        files: '[]',
        counts: '{}',
        errors: '[]',
      })
      .execute();
    const imported = await releases.dataVersion();
    expect(imported).toBeGreaterThan(empty);

    const network = await database.db
      .insertInto('networks')
      .values({ key: 'n', name: 'N', state_code: 'DE-HH', kind: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const person = await database.db
      .insertInto('participants')
      .values({ key: 'P1', network_id: network.id, display_name: null, email: null })
      .returning('id')
      .executeTakeFirstOrThrow();

    await historyRow(person.id);
    const entered = await releases.dataVersion();
    expect(entered).toBeGreaterThan(imported);
    await historyRow(person.id);
    const enteredAgain = await releases.dataVersion();
    expect(enteredAgain).toBeGreaterThan(entered);

    // An erasure removes the person's history (by cascade): the version stays where it was.
    await database.db.deleteFrom('entry_history').where('participant_id', '=', person.id).execute();
    expect(await releases.dataVersion()).toBe(enteredAgain);
  });
});
