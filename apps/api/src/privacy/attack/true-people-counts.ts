import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';

/**
 * The counts of people that mintq never publishes but that stand behind published objects
 * (DOMAIN.md, "people"): the multipliers behind a month, the participants behind the goal
 * attainment, a GAS level and a Wirkungstreppe step. Written here in plain SQL from DOMAIN.md,
 * independently of the services, so that the attacker's audit has their true values.
 */
export interface UnpublishedPeople {
  /** YYYY-MM → distinct multipliers with an activity in that month (months without any: absent). */
  monthPeople: Map<string, number>;
  /** Distinct participants with a goal in scope. */
  goalPeople: number;
  /** GAS level −2 … 2 → distinct participants with a goal at that level as of the as-of date. */
  levelPeople: Map<number, number>;
  /** Wirkungstreppe level 1 … 7 → distinct participants with a goal on that step. */
  staircasePeople: Map<number, number>;
}

export interface PeopleScope {
  funder: string;
  /** One cohort key, or null for all cohorts the funder funds. */
  cohort: string | null;
  /** First day of the period; null: since the start. */
  from: string | null;
  /** Last day of the period, also the as-of date. */
  to: string;
}

/** The in-scope enrollments of a funder scope: (participant, cohort) pairs. */
function scopedEnrollments(scope: PeopleScope) {
  return sql`
    select e.participant_id, e.cohort_id, e.status, e.certified_on
    from enrollments e
    join participants p on p.id = e.participant_id
    join networks n on n.id = p.network_id
    join cohorts c on c.id = e.cohort_id
    where exists (
        select 1 from fundings f join funders fu on fu.id = f.funder_id
        where fu.key = ${scope.funder} and f.cohort_id = e.cohort_id
          and (f.state_code is null or f.state_code = n.state_code))
      and (${scope.cohort}::text is null or c.key = ${scope.cohort}::text)`;
}

export async function unpublishedPeople(db: Kysely<DB>, scope: PeopleScope): Promise<UnpublishedPeople> {
  const from = scope.from ?? '0001-01-01';
  const months = await sql<{ month: string; people: number }>`
    with scoped as (${scopedEnrollments(scope)})
    select to_char(a.occurred_on, 'YYYY-MM') as month, count(distinct a.participant_id)::int as people
    from activities a
    where a.participant_id in (
        select participant_id from scoped
        where status = 'completed' and certified_on is not null and certified_on <= ${scope.to}::date)
      and a.occurred_on between ${from}::date and ${scope.to}::date
    group by 1`.execute(db);

  const goals = await sql<{ participant_id: number; staircase_level: number; gas_level: number | null }>`
    with scoped as (${scopedEnrollments(scope)})
    select g.participant_id, g.staircase_level,
      (select c.gas_level from checkins c
        where c.goal_id = g.id and c.checked_on <= ${scope.to}::date
        order by c.checked_on desc, c.position desc limit 1) as gas_level
    from goals g
    where g.set_on <= ${scope.to}::date
      and exists (select 1 from scoped s where s.participant_id = g.participant_id and s.cohort_id = g.cohort_id)`.execute(
    db,
  );

  const distinct = (rows: typeof goals.rows, key: (row: (typeof goals.rows)[number]) => number | null) => {
    const sets = new Map<number, Set<number>>();
    for (const row of rows) {
      const k = key(row);
      if (k === null) continue;
      const set = sets.get(k) ?? new Set<number>();
      set.add(row.participant_id);
      sets.set(k, set);
    }
    return new Map([...sets].map(([k, set]) => [k, set.size]));
  };

  return {
    monthPeople: new Map(months.rows.map((r) => [r.month, r.people])),
    goalPeople: new Set(goals.rows.map((r) => r.participant_id)).size,
    levelPeople: distinct(goals.rows, (r) => r.gas_level),
    staircasePeople: distinct(goals.rows, (r) => r.staircase_level),
  };
}

/** The funder's funded cohorts (keys, by start) and the start date of the first. */
export async function fundedCohorts(
  db: Kysely<DB>,
  funder: string,
): Promise<{ key: string; startsOn: string }[]> {
  const rows = await sql<{ key: string; starts_on: string }>`
    select distinct c.key, to_char(c.starts_on, 'YYYY-MM-DD') as starts_on
    from fundings f join funders fu on fu.id = f.funder_id join cohorts c on c.id = f.cohort_id
    where fu.key = ${funder}
    order by starts_on, c.key`.execute(db);
  return rows.rows.map((r) => ({ key: r.key, startsOn: r.starts_on }));
}
