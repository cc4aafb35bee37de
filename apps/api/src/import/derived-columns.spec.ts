import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';

// The copies the metric queries read: activities the initiatives and states they reached as bits
// (migration 20261125T2000); responses their answers as text (20261125T2010). These must never
// drift from the rows they copy, whoever writes.
describe.each(testDatabases())('derived metric columns on $kind', (factory) => {
  let database: Database;

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
  });
  afterAll(async () => {
    await database?.close();
  });

  /** Responses whose arrays differ from their answers (none expected). */
  async function driftedResponses(): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from responses r
      left join lateral (
        select '{' || coalesce(string_agg(a.item_id::text, ',' order by a.item_id), '')
               || '}{' || coalesce(string_agg(a.value::text, ',' order by a.item_id), '') || '}' as text
        from answers a where a.response_id = r.id
      ) x on true
      where r.answers_text is distinct from x.text`.execute(database.db);
    return rows[0]?.n ?? -1;
  }

  /**
   * Activities whose bits differ from their links (none expected): the initiative ids decoded
   * from the bitmap against the linked ones, the state mask against the linked networks' states.
   */
  async function driftedActivities(): Promise<number> {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from activities a
      left join lateral (
        select coalesce(array_agg(l.initiative_id order by l.initiative_id), '{}') as ids,
               coalesce(sum(distinct state_bit(n.state_code)), 0)::int as states
        from activity_initiatives l
        join initiatives i on i.id = l.initiative_id
        join networks n on n.id = i.network_id
        where l.activity_id = a.id
      ) linked on true
      where array(select b from generate_series(0, length(a.initiative_bits) - 1) as b
                  where get_bit(a.initiative_bits, b) = 1 order by b) is distinct from linked.ids
         or a.state_bits <> linked.states`.execute(database.db);
    return rows[0]?.n ?? -1;
  }

  /** A link whose initiative lies in a state its activity has not reached yet. */
  async function linkToAnotherState() {
    const { rows } = await sql<{ activity_id: number; initiative_id: number; state_bits: number }>`
      select a.id as activity_id, i.id as initiative_id, a.state_bits
      from activities a
      join activity_initiatives l on l.activity_id = a.id
      cross join initiatives i
      join networks n on n.id = i.network_id
      where a.state_bits & state_bit(n.state_code) = 0
      order by a.id, i.id
      limit 1`.execute(database.db);
    const row = rows[0];
    if (!row) throw new Error('the sample has no activity to link into another state');
    return row;
  }

  it('number the states in code order', async () => {
    const { rows } = await sql<{ first: number; last: number }>`
      select state_bit('DE-BB') as first, state_bit('DE-TH') as last`.execute(database.db);
    expect(rows[0]).toEqual({ first: 1, last: 1 << 15 });
  });

  it('hold the same values as the rows they copy after an import', async () => {
    const links = await database.db
      .selectFrom('activity_initiatives')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const answered = await database.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('answers_text', '<>', '{}{}')
      .executeTakeFirstOrThrow();
    expect(Number(links.n)).toBeGreaterThan(0);
    expect(Number(answered.n)).toBeGreaterThan(0);
    expect(await driftedResponses()).toBe(0);
    expect(await driftedActivities()).toBe(0);
  });

  it('follow links added, moved and deleted', async () => {
    const target = await linkToAnotherState();
    await database.db
      .insertInto('activity_initiatives')
      .values({ activity_id: target.activity_id, initiative_id: target.initiative_id })
      .execute();
    const added = await database.db
      .selectFrom('activities')
      .select(['state_bits', sql<number>`get_bit(initiative_bits, ${target.initiative_id})`.as('bit')])
      .where('id', '=', target.activity_id)
      .executeTakeFirstOrThrow();
    expect(added.bit).toBe(1);
    expect(added.state_bits).not.toBe(target.state_bits);
    expect(await driftedActivities()).toBe(0);

    // Moved to another activity: both activities change.
    const other = await database.db
      .selectFrom('activities')
      .select('id')
      .where('id', '<>', target.activity_id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('activity_initiatives')
      .set({ activity_id: other.id })
      .where('activity_id', '=', target.activity_id)
      .where('initiative_id', '=', target.initiative_id)
      .execute();
    expect(await driftedActivities()).toBe(0);

    await database.db.deleteFrom('activity_initiatives').where('activity_id', '=', other.id).execute();
    const emptied = await database.db
      .selectFrom('activities')
      .select(['state_bits', sql<number>`bit_count(initiative_bits)::int`.as('reached')])
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(emptied).toEqual({ state_bits: 0, reached: 0 });
    expect(await driftedActivities()).toBe(0);
  });

  it('follow an initiative moved to another network and a network moved to another state', async () => {
    const target = await linkToAnotherState();
    const link = await database.db
      .selectFrom('activity_initiatives as l')
      .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
      .select(['l.initiative_id', 'i.network_id'])
      .where('l.activity_id', '=', target.activity_id)
      .orderBy('l.initiative_id')
      .executeTakeFirstOrThrow();
    const elsewhere = await database.db
      .selectFrom('initiatives')
      .select('network_id')
      .where('id', '=', target.initiative_id)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('initiatives')
      .set({ network_id: elsewhere.network_id })
      .where('id', '=', link.initiative_id)
      .execute();
    expect(await driftedActivities()).toBe(0);
    const moved = await database.db
      .selectFrom('activities')
      .select('state_bits')
      .where('id', '=', target.activity_id)
      .executeTakeFirstOrThrow();
    expect(moved.state_bits).not.toBe(target.state_bits);

    const network = await database.db
      .selectFrom('networks')
      .select(['id', 'state_code'])
      .where('id', '=', elsewhere.network_id)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('networks')
      .set({ state_code: network.state_code === 'DE-TH' ? 'DE-BB' : 'DE-TH' })
      .where('id', '=', network.id)
      .execute();
    expect(await driftedActivities()).toBe(0);
  });

  it('follow answers changed, deleted and added', async () => {
    const answered = await database.db
      .selectFrom('answers')
      .select('response_id')
      .groupBy('response_id')
      .having(sql<boolean>`count(*) >= 2`)
      .orderBy('response_id')
      .executeTakeFirstOrThrow();
    const answersOf = () =>
      database.db
        .selectFrom('answers')
        .select(['item_id', 'value'])
        .where('response_id', '=', answered.response_id)
        .orderBy('item_id')
        .execute();
    const textOf = async () =>
      (
        await database.db
          .selectFrom('responses')
          .select('answers_text')
          .where('id', '=', answered.response_id)
          .executeTakeFirstOrThrow()
      ).answers_text;
    const [first, second] = await answersOf();
    if (!first || !second) throw new Error('expected two answers');
    await database.db
      .updateTable('answers')
      .set({ value: sql<number>`value + 1` })
      .where('response_id', '=', answered.response_id)
      .where('item_id', '=', first.item_id)
      .execute();
    await database.db
      .deleteFrom('answers')
      .where('response_id', '=', answered.response_id)
      .where('item_id', '=', second.item_id)
      .execute();
    const left = await answersOf();
    expect(left.find((a) => a.item_id === first.item_id)?.value).toBe(first.value + 1);
    expect(await textOf()).toBe(
      `{${left.map((a) => a.item_id).join(',')}}{${left.map((a) => a.value).join(',')}}`,
    );
    await database.db
      .insertInto('answers')
      .values({ response_id: answered.response_id, item_id: second.item_id, value: 1 })
      .execute();
    expect(await textOf()).toContain(`${second.item_id}`);
    expect(await driftedResponses()).toBe(0);
    await database.db.deleteFrom('answers').where('response_id', '=', answered.response_id).execute();
    expect(await textOf()).toBe('{}{}');
  });
});
