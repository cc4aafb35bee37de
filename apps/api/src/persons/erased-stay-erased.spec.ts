import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { fingerprintData } from '../test-support/database-fingerprint.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { erasePerson } from './erase-person.js';
import { COMMAND_LINE } from './person-data-actor.js';

/** An erasure holds against the bundle it came from: re-importing it must not bring the person back. */
describe.each(testDatabases())('an erased person on $kind', (factory) => {
  let database: Database;

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    await erasePerson(database.db, 'P0002', COMMAND_LINE);
  });
  afterAll(() => database?.close());

  it('is refused at their row when a bundle lists them again; nothing is written', async () => {
    const before = await fingerprintData(database.db);
    const source = await openBundleSource(SAMPLE_BUNDLE);
    try {
      const report = await new ImportService(database.db).importBundle(source);
      const today = new Date().toISOString().slice(0, 10);
      expect(report.ok).toBe(false);
      // P0002 is the second data row of participants.csv, on line 3.
      expect(report.errors).toContain(
        `participants.csv:3: participant_key: "P0002" was erased on ${today} (GDPR Art. 17): take this person out of the bundle`,
      );
      expect(report.errors.filter((e) => e.includes('erased on'))).toHaveLength(1);
    } finally {
      await source.close();
    }
    expect(await fingerprintData(database.db)).toEqual(before);
  });
});
