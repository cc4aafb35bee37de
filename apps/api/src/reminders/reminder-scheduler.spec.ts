import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { createLogger } from '../logging/logger.js';
import { testDatabases } from '../test-support/test-databases.js';
import { berlinDayFromToday, seedReminderWorld } from './reminder-fixtures.js';
import { ReminderScheduler } from './reminder-scheduler.js';
import { REMINDER_JOB, RemindersRepository } from './reminders.repository.js';

/** The last Sunday of a month (1–12) of a year, YYYY-MM-DD: when Berlin's summer time starts (March) and ends (October). */
function lastSunday(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0));
  day.setUTCDate(day.getUTCDate() - day.getUTCDay());
  return day.toISOString().slice(0, 10);
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

// Next year's clock changes, so that every date lies ahead whenever the test runs.
const YEAR = new Date().getUTCFullYear() + 1;
const SPRING = lastSunday(YEAR, 3);
const AUTUMN = lastSunday(YEAR, 10);

const goal = (key: string, dueOn: string, extra: { participant?: string; checkins?: string[] } = {}) => ({
  key,
  participant: extra.participant ?? 'P1',
  title: `Ziel ${key}`,
  setOn: berlinDayFromToday(-200),
  dueOn,
  checkins: extra.checkins,
});

describe.each(testDatabases())('the reminder schedule on $kind', ({ create }) => {
  let database: Database;
  let scheduler: ReminderScheduler;

  const reminders = () =>
    database.db
      .selectFrom('reminders as r')
      .innerJoin('goals as g', 'g.id', 'r.goal_id')
      .select(['r.key', 'r.kind', 'g.key as goal', 'r.send_after', 'r.cancelled_at', 'r.cancel_reason'])
      .orderBy('r.key')
      .execute();
  const sendTimes = async () =>
    Object.fromEntries(
      (await reminders())
        .filter((r) => r.cancelled_at === null)
        .map((r) => [r.key, new Date(r.send_after).toISOString()]),
    );

  beforeAll(async () => {
    database = await create();
    await seedReminderWorld(database.db, {
      coordinators: [
        { key: 'P1', name: 'Miriam Yilmaz', email: 'miriam@example.org' },
        { key: 'P2', name: 'Lukas Werner', email: 'lukas@example.org', status: 'withdrawn' },
      ],
      goals: [
        // 14 days before: the Sunday summer time starts (08:00 CEST = 06:00 UTC) and the day before (CET).
        goal('G-spring', addDays(SPRING, 14)),
        goal('G-spring-before', addDays(SPRING, 13)),
        // The day after: the Sunday summer time ends (08:00 CET = 07:00 UTC) and the day before (CEST).
        goal('G-autumn', addDays(AUTUMN, -1)),
        goal('G-autumn-before', addDays(AUTUMN, -2)),
        // Overdue since yesterday: its reminder's time is today; 40 days ago: too old to mail.
        goal('G-yesterday', berlinDayFromToday(-1)),
        goal('G-long-ago', berlinDayFromToday(-40)),
        // Checked in at the due date: nothing; an interim check-in only: due soon, but not overdue.
        goal('G-checked', addDays(SPRING, 30), { checkins: [addDays(SPRING, 30)] }),
        goal('G-interim', addDays(SPRING, 60), { checkins: [berlinDayFromToday(-5)] }),
        // Withdrawn: nobody is reminded.
        goal('G-withdrawn', addDays(SPRING, 14), { participant: 'P2' }),
      ],
    });
    scheduler = new ReminderScheduler(new RemindersRepository(database), createLogger('silent'));
  });
  afterAll(() => database?.close());

  it('sends at 08:00 Berlin time 14 days before and the day after the due date, in summer and winter time', async () => {
    await scheduler.schedule();
    const yesterday = berlinDayFromToday(-1);
    const today = berlinDayFromToday(0);
    const times = await sendTimes();
    const dueSoon = (key: string) => `goal_due_soon:${key}`;
    expect(times).toEqual({
      [dueSoon(`G-spring:${addDays(SPRING, 14)}`)]: `${SPRING}T06:00:00.000Z`,
      [dueSoon(`G-spring-before:${addDays(SPRING, 13)}`)]: `${addDays(SPRING, -1)}T07:00:00.000Z`,
      [dueSoon(`G-autumn:${addDays(AUTUMN, -1)}`)]: `${addDays(AUTUMN, -15)}T06:00:00.000Z`,
      [dueSoon(`G-autumn-before:${addDays(AUTUMN, -2)}`)]: `${addDays(AUTUMN, -16)}T06:00:00.000Z`,
      [dueSoon(`G-interim:${addDays(SPRING, 60)}`)]: expect.any(String),
      [`goal_overdue:G-spring:${addDays(SPRING, 14)}`]: `${addDays(SPRING, 15)}T06:00:00.000Z`,
      [`goal_overdue:G-spring-before:${addDays(SPRING, 13)}`]: `${addDays(SPRING, 14)}T06:00:00.000Z`,
      [`goal_overdue:G-autumn:${addDays(AUTUMN, -1)}`]: `${AUTUMN}T07:00:00.000Z`,
      [`goal_overdue:G-autumn-before:${addDays(AUTUMN, -2)}`]: `${addDays(AUTUMN, -1)}T06:00:00.000Z`,
      [`goal_overdue:G-yesterday:${yesterday}`]: expect.stringMatching(
        new RegExp(`^${today}T0[67]:00:00.000Z$`),
      ),
    });
  });

  it('queues one job per reminder at its send time, and adds nothing when run again', async () => {
    const jobs = await database.db
      .selectFrom('jobs')
      .select(['key', 'run_after', 'state'])
      .where('kind', '=', REMINDER_JOB)
      .orderBy('key')
      .execute();
    const times = await sendTimes();
    expect(Object.fromEntries(jobs.map((j) => [j.key, new Date(j.run_after).toISOString()]))).toEqual(times);
    expect(jobs.every((j) => j.state === 'queued')).toBe(true);

    expect(await scheduler.schedule()).toEqual({ made: 0, cancelled: 0 });
    expect(await sendTimes()).toEqual(times);
  });

  it('replaces the reminders of a goal whose due date moved, and drops those of a goal checked in', async () => {
    const moved = addDays(SPRING, 20);
    await database.db.updateTable('goals').set({ due_on: moved }).where('key', '=', 'G-spring').execute();
    expect(await scheduler.schedule()).toEqual({ made: 2, cancelled: 2 });
    const rows = (await reminders()).filter((r) => r.goal === 'G-spring');
    expect(rows.map((r) => [r.key, r.cancel_reason])).toEqual([
      [`goal_due_soon:G-spring:${addDays(SPRING, 14)}`, 'DUE_DATE_MOVED'],
      [`goal_due_soon:G-spring:${moved}`, null],
      [`goal_overdue:G-spring:${addDays(SPRING, 14)}`, 'DUE_DATE_MOVED'],
      [`goal_overdue:G-spring:${moved}`, null],
    ]);
    const jobs = await database.db
      .selectFrom('jobs')
      .select('key')
      .where('kind', '=', REMINDER_JOB)
      .where('key', 'like', `%:G-spring:${moved}`)
      .execute();
    expect(jobs).toHaveLength(2);
  });
});
