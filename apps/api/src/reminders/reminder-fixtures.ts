import type { DB } from '@mintq/schema';
import type { Kysely } from 'kysely';

/** A coordinator of the reminders' tests: participant, enrollment and, optionally, an account. */
export interface FixtureCoordinator {
  key: string;
  name: string;
  /** `participants.email`. */
  email: string | null;
  /** A PARTICIPANT account's e-mail and language, which the reminder prefers. */
  account?: { email: string; language: 'de' | 'en'; passwordHash?: string };
  status?: 'enrolled' | 'withdrawn';
}

export interface FixtureGoal {
  key: string;
  participant: string;
  title: string;
  setOn: string;
  dueOn: string;
  /** Check-ins by date. */
  checkins?: string[];
}

/** The cohort every fixture coordinator is enrolled in. */
export const FIXTURE_COHORT = 'K-2026';

/**
 * A small world for the reminders' tests, written straight into the database: one programme,
 * network and cohort, the coordinators (enrolled, or withdrawn) and their goals.
 */
export async function seedReminderWorld(
  db: Kysely<DB>,
  world: { coordinators: FixtureCoordinator[]; goals: FixtureGoal[] },
): Promise<{ cohortId: number; participantIds: Map<string, number>; goalIds: Map<string, number> }> {
  const program = await db
    .insertInto('programs')
    .values({ key: 'mint-qo', name: 'MINT-Qualitätsoffensive' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const network = await db
    .insertInto('networks')
    .values({ key: 'mint-nord', name: 'MINT-Netzwerk Nord', state_code: 'DE-HH' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cohort = await db
    .insertInto('cohorts')
    .values({
      key: FIXTURE_COHORT,
      program_id: program.id,
      label: 'Qualifizierungsdurchgang 2026',
      starts_on: '2025-11-15',
      ends_on: '2026-05-23',
      transfer_workshop_on: '2026-05-22',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const participantIds = new Map<string, number>();
  for (const c of world.coordinators) {
    const { id } = await db
      .insertInto('participants')
      .values({ key: c.key, network_id: network.id, display_name: c.name, email: c.email })
      .returning('id')
      .executeTakeFirstOrThrow();
    participantIds.set(c.key, id);
    await db
      .insertInto('enrollments')
      .values({
        participant_id: id,
        cohort_id: cohort.id,
        status: c.status ?? 'enrolled',
        withdrawn_on: c.status === 'withdrawn' ? '2026-02-01' : null,
      })
      .execute();
    if (c.account)
      await db
        .insertInto('users')
        .values({
          email: c.account.email,
          role: 'participant',
          participant_id: id,
          language: c.account.language,
          status: 'active',
          password_hash: c.account.passwordHash ?? null,
        })
        .execute();
  }
  const goalIds = new Map<string, number>();
  for (const g of world.goals) {
    const { id } = await db
      .insertInto('goals')
      .values({
        key: g.key,
        participant_id: participantIds.get(g.participant) as number,
        cohort_id: cohort.id,
        title: g.title,
        staircase_level: 3,
        set_on: g.setOn,
        due_on: g.dueOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    goalIds.set(g.key, id);
    for (const [i, checkedOn] of (g.checkins ?? []).entries())
      await db
        .insertInto('checkins')
        .values({ goal_id: id, position: i + 1, checked_on: checkedOn, gas_level: 0 })
        .execute();
  }
  return { cohortId: cohort.id, participantIds, goalIds };
}

/** YYYY-MM-DD `days` after today in Berlin (negative: before). */
export function berlinDayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
