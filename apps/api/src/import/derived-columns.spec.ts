import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';

// The copies the metric queries read (migration 20261125T1800): links carry their activity's
// multiplier, date and month; responses carry their answers as arrays. These must never drift
// from the rows they copy, whoever writes.
describe.each(testDatabases())('derived metric columns on $kind', (factory) => {
  let database: Database;

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
  });
  afterAll(async () => {
    await database?.close();
  });

  /** Links whose copies differ from their activity (none expected). */
  async function driftedLinks(): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from activity_initiatives l join activities a on a.id = l.activity_id
      where (l.participant_id, l.occurred_on, l.occurred_month)
        is distinct from (a.participant_id, a.occurred_on, date_trunc('month', a.occurred_on)::date)`.execute(
      database.db,
    );
    return rows[0]?.n ?? -1;
  }

  /** Responses whose arrays differ from their answers (none expected). */
  async function driftedResponses(): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from responses r
      left join lateral (
        select coalesce(array_agg(a.item_id order by a.item_id), '{}') as ids,
               coalesce(array_agg(a.value order by a.item_id), '{}') as vals
        from answers a where a.response_id = r.id
      ) x on true
      where r.item_ids is distinct from x.ids or r.answer_values is distinct from x.vals::smallint[]`.execute(
      database.db,
    );
    return rows[0]?.n ?? -1;
  }

  it('hold the same values as the rows they copy after an import', async () => {
    const links = await database.db
      .selectFrom('activity_initiatives')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const answered = await database.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(sql<boolean>`cardinality(answer_values) > 0`)
      .executeTakeFirstOrThrow();
    expect(Number(links.n)).toBeGreaterThan(0);
    expect(Number(answered.n)).toBeGreaterThan(0);
    expect(await driftedLinks()).toBe(0);
    expect(await driftedResponses()).toBe(0);
  });

  it('follow an activity moved to another date and multiplier', async () => {
    const link = await database.db
      .selectFrom('activity_initiatives')
      .select(['activity_id', 'participant_id'])
      .orderBy('activity_id')
      .executeTakeFirstOrThrow();
    const other = await database.db
      .selectFrom('participants')
      .select('id')
      .where('id', '<>', link.participant_id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('activities')
      .set({ occurred_on: '2019-02-28', participant_id: other.id })
      .where('id', '=', link.activity_id)
      .execute();
    const moved = await database.db
      .selectFrom('activity_initiatives')
      .select(['participant_id', 'occurred_on', 'occurred_month'])
      .where('activity_id', '=', link.activity_id)
      .execute();
    expect(moved.length).toBeGreaterThan(0);
    for (const row of moved) {
      expect(row).toEqual({
        participant_id: other.id,
        occurred_on: '2019-02-28',
        occurred_month: '2019-02-01',
      });
    }
    expect(await driftedLinks()).toBe(0);
  });

  it('follow answers changed, deleted and added', async () => {
    const response = await database.db
      .selectFrom('responses')
      .select(['id', 'item_ids', 'answer_values'])
      .where(sql<boolean>`cardinality(item_ids) >= 2`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const [first, second] = response.item_ids;
    await database.db
      .updateTable('answers')
      .set({ value: sql<number>`value + 1` })
      .where('response_id', '=', response.id)
      .where('item_id', '=', first as number)
      .execute();
    await database.db
      .deleteFrom('answers')
      .where('response_id', '=', response.id)
      .where('item_id', '=', second as number)
      .execute();
    const after = await database.db
      .selectFrom('responses')
      .select(['item_ids', 'answer_values'])
      .where('id', '=', response.id)
      .executeTakeFirstOrThrow();
    expect(after.item_ids).toEqual(response.item_ids.filter((id) => id !== second));
    expect(after.answer_values[0]).toBe((response.answer_values[0] as number) + 1);
    await database.db
      .insertInto('answers')
      .values({ response_id: response.id, item_id: second as number, value: 1 })
      .execute();
    expect(await driftedResponses()).toBe(0);
  });
});
