import type { DB } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import { erasePerson } from './erase-person.js';
import { actorOf } from './person-data-actor.js';
import { countRows, exportPerson, formatPersonExport, type PersonRowCounts } from './person-export.js';
import type { PersonDataCountsType, PersonErasureType, PersonExportType } from './persons.types.js';

/** A person's row counts as GraphQL names them. */
export function toCounts(rows: PersonRowCounts): PersonDataCountsType {
  const { activity_initiatives: activityLinks, ...rest } = rows;
  return { ...rest, activityLinks };
}

/** One person's data for admins: the export (GDPR Art. 15) and the erasure (Art. 17). */
@Injectable()
export class PersonsService {
  private readonly db: Kysely<DB>;

  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async export(viewer: Viewer, key: string): Promise<PersonExportType> {
    const person = await exportPerson(this.db, key, actorOf(viewer));
    return {
      key: person.participant.key,
      displayName: person.participant.displayName,
      email: person.participant.email,
      network: person.participant.network.name,
      cohorts: person.enrollments.map((e) => e.cohort.key),
      counts: toCounts(countRows(person)),
      importBatches: person.importBatches.length,
      document: formatPersonExport(person),
    };
  }

  async erase(viewer: Viewer, key: string): Promise<PersonErasureType> {
    const erasure = await erasePerson(this.db, key, actorOf(viewer));
    return {
      id: erasure.erasureId,
      key: erasure.key,
      erasedAt: erasure.erasedAt.toISOString(),
      removed: toCounts(erasure.removed),
      importBatchId: erasure.importBatchId,
    };
  }
}
