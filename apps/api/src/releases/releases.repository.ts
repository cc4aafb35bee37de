import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

/** A stored release's row, as the release key finds it. */
export interface StoredReleaseRow {
  passed: boolean;
  answers: string;
  audit: string;
}

/** The key a release is stored under. */
export interface ReleaseKey {
  funderId: number;
  dataVersion: number;
  cap: string;
  k: number;
  version: number;
}

/** Stored funder releases and the few facts a release is built around. */
@Injectable()
export class ReleasesRepository extends SqlRepository {
  dataVersionQuery() {
    // Both parts only grow: the history's sequence, unlike its max(id), does not fall back
    // when an erasure deletes a person's history rows.
    return this.db
      .selectFrom('import_batches')
      .select(
        sql<number>`(coalesce(max(id), 0) + (select case when is_called then last_value else 0 end
                     from entry_history_id_seq))::int`.as('version'),
      )
      .where('outcome', '=', 'imported');
  }

  /**
   * The data version: it changes with every import that was imported and with every entry a
   * coordinator makes in the app (each writes an `entry_history` row), since either may
   * change every number.
   */
  async dataVersion(): Promise<number> {
    const row = await this.dataVersionQuery().executeTakeFirstOrThrow();
    return row.version;
  }

  funderKeysQuery() {
    return this.db.selectFrom('funders').select('key').orderBy('key');
  }

  /** Every funder's key. */
  async funderKeys(): Promise<string[]> {
    const rows = await this.funderKeysQuery().execute();
    return rows.map((row) => row.key);
  }

  findFunderQuery(key: string) {
    return this.db.selectFrom('funders').select(['id', 'key']).where('key', '=', key);
  }

  findFunder(key: string) {
    return this.findFunderQuery(key).executeTakeFirst();
  }

  instrumentsQuery(cohortIds: readonly number[]) {
    return this.db
      .selectFrom('instruments')
      .innerJoin('waves', 'waves.instrument_id', 'instruments.id')
      .select(['instruments.key', 'instruments.kind'])
      .distinct()
      .where('waves.cohort_id', 'in', cohortIds.length > 0 ? [...cohortIds] : [-1])
      .orderBy('instruments.key');
  }

  /** The instruments with a wave in one of the cohorts. */
  instruments(cohortIds: readonly number[]) {
    return this.instrumentsQuery(cohortIds).execute();
  }

  findQuery(key: ReleaseKey) {
    return this.db
      .selectFrom('funder_releases')
      .select(['passed', 'answers', 'audit'])
      .where('funder_id', '=', key.funderId)
      .where('data_version', '=', key.dataVersion)
      .where('cap', '=', key.cap)
      .where('k', '=', key.k)
      .where('version', '=', key.version);
  }

  find(key: ReleaseKey): Promise<StoredReleaseRow | undefined> {
    return this.findQuery(key).executeTakeFirst();
  }

  insertQuery(key: ReleaseKey, release: StoredReleaseRow, builtAt: Date) {
    return this.db
      .insertInto('funder_releases')
      .values({
        funder_id: key.funderId,
        data_version: key.dataVersion,
        cap: key.cap,
        k: key.k,
        version: key.version,
        passed: release.passed,
        answers: release.answers,
        audit: release.audit,
        built_at: builtAt,
      })
      .onConflict((c) => c.constraint('funder_releases_key').doNothing());
  }

  /** Stores a release; when another process stored the same one first, that one stays. */
  async insert(key: ReleaseKey, release: StoredReleaseRow, builtAt: Date): Promise<void> {
    await this.insertQuery(key, release, builtAt).execute();
  }
}
