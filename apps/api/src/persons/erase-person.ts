import type { DB } from '@mintq/schema';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { PersonDataActor } from './person-data-actor.js';
import { type PersonRowCounts, unknownPerson } from './person-export.js';

export interface PersonErasureResult {
  erasureId: number;
  key: string;
  erasedAt: Date;
  removed: PersonRowCounts;
  /** The batch that records the change, and so the new data version of funder releases. */
  importBatchId: number;
}

/** What the import history shows as the erasure's source (import sources are file names: no language). */
export const ERASURE_SOURCE = 'person erasure (GDPR Art. 17)';

/**
 * Erases a participant (GDPR Art. 17) in one transaction: their goals with check-ins, their
 * activities with the initiatives they reached, their survey responses with answers, their
 * enrollments and their roster row. Removed, not anonymised: goals, check-ins and activities
 * are what one person wrote and did, dated and tied to a network, so a "nameless" copy would
 * still single them out; and every metric reads these rows per person, so a person who is
 * gone from all of them leaves numbers as if they had never taken part (no orphan goal, no
 * activity without its multiplier). Anonymous responses were never linked and stay. A
 * coordinator's sign-in goes too, with their sessions and links, the history of their entries,
 * their reminders and the mails written to them; initiatives they added stay (a network's, no
 * person's), no longer naming them.
 *
 * What stays: the erasure's own record (the pseudonymous key, who, when, how many rows), and
 * an import batch recording the change, so every funder release is built again from the new
 * data: releases are kept per data version, the newest imported batch, and each process reads
 * that version from the database, so the one that erased and every other see the change.
 * Stored funder reports stay as they are: they hold no person's data, only frozen numbers.
 */
export async function erasePerson(
  db: Kysely<DB>,
  key: string,
  by: PersonDataActor,
): Promise<PersonErasureResult> {
  return db.transaction().execute(async (trx) => {
    const startedAt = new Date();
    const person = await trx
      .selectFrom('participants')
      .select('id')
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    if (!person) throw unknownPerson(key);
    const account = await deleteAccount(trx, person.id, key);
    const removed = await deleteRows(trx, person.id);
    await deleteMails(trx, account);
    const batch = await trx
      .insertInto('import_batches')
      .values({
        user_id: by.userId,
        actor: by.actor,
        source: ERASURE_SOURCE,
        started_at: startedAt,
        finished_at: new Date(),
        outcome: 'imported',
        files: JSON.stringify([]),
        counts: JSON.stringify({ inserted: {}, updated: {}, unchanged: {}, deleted: removed, skipped: {} }),
        errors: JSON.stringify([]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const erasure = await trx
      .insertInto('person_erasures')
      .values({
        user_id: by.userId,
        actor: by.actor,
        participant_key: key,
        removed: JSON.stringify(removed),
        import_batch_id: batch.id,
      })
      .returning(['id', 'erased_at'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('audit_log')
      .values({
        user_id: by.userId,
        actor: by.actor,
        action: 'person.erased',
        subject: `person_erasure:${erasure.id}`,
        details: JSON.stringify({ importBatch: batch.id }),
      })
      .execute();
    return {
      erasureId: erasure.id,
      key,
      erasedAt: new Date(erasure.erased_at),
      removed,
      importBatchId: batch.id,
    };
  });
}

/** The mails written to the person: to their account's address, and their reminders' (to the roster's address). */
interface TheirMails {
  email: string | null;
  mailIds: number[];
}

/**
 * Their coordinator account, if they had one: the user row goes (sessions and links with it;
 * their entry history and reminders go with the roster row). The audit log keeps what the
 * account did, no longer tied to it: user id cleared, the actor named by the pseudonymous key
 * the register of erasures keeps anyway.
 */
async function deleteAccount(trx: Transaction<DB>, participantId: number, key: string): Promise<TheirMails> {
  const reminders = await trx
    .selectFrom('reminders')
    .select('mail_id')
    .where('participant_id', '=', participantId)
    .where('mail_id', 'is not', null)
    .execute();
  const mailIds = reminders.map((r) => r.mail_id as number);
  const user = await trx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('participant_id', '=', participantId)
    .forUpdate()
    .executeTakeFirst();
  if (!user) return { email: null, mailIds };
  await trx
    .updateTable('audit_log')
    .set({ user_id: null, actor: `erased participant ${key}` })
    .where('user_id', '=', user.id)
    .execute();
  await trx.deleteFrom('users').where('id', '=', user.id).execute();
  return { email: user.email, mailIds };
}

/** After the roster row (its reminders point at their mails): the outbox rows that were written to them. */
async function deleteMails(trx: Transaction<DB>, mails: TheirMails): Promise<void> {
  if (mails.email === null && mails.mailIds.length === 0) return;
  await trx
    .deleteFrom('mail_outbox')
    .where((eb) =>
      eb.or([
        eb('id', 'in', mails.mailIds.length > 0 ? mails.mailIds : [-1]),
        ...(mails.email === null ? [] : [eb(sql`lower(recipient)`, '=', mails.email.toLowerCase())]),
      ]),
    )
    .execute();
}

/** Deletes children before parents, each counted by the database itself. */
async function deleteRows(trx: Transaction<DB>, participantId: number): Promise<PersonRowCounts> {
  const goals = trx.selectFrom('goals').select('id').where('participant_id', '=', participantId);
  const activities = trx.selectFrom('activities').select('id').where('participant_id', '=', participantId);
  const responses = trx.selectFrom('responses').select('id').where('participant_id', '=', participantId);
  const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
  const byPerson = async (table: 'goals' | 'activities' | 'responses' | 'enrollments') =>
    count(await trx.deleteFrom(table).where('participant_id', '=', participantId).executeTakeFirst());
  const checkins = count(await trx.deleteFrom('checkins').where('goal_id', 'in', goals).executeTakeFirst());
  const goalCount = await byPerson('goals');
  const links = count(
    await trx.deleteFrom('activity_initiatives').where('activity_id', 'in', activities).executeTakeFirst(),
  );
  const activityCount = await byPerson('activities');
  const answers = count(
    await trx.deleteFrom('answers').where('response_id', 'in', responses).executeTakeFirst(),
  );
  const responseCount = await byPerson('responses');
  // Goals belong to enrollments, so enrollments go after them, and the roster row last.
  const enrollments = await byPerson('enrollments');
  const participants = count(
    await trx.deleteFrom('participants').where('id', '=', participantId).executeTakeFirst(),
  );
  return {
    participants,
    enrollments,
    responses: responseCount,
    answers,
    goals: goalCount,
    checkins,
    activities: activityCount,
    activity_initiatives: links,
  };
}
