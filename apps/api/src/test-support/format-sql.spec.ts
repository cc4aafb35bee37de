import { describe, expect, it } from 'vitest';
import { formatSql } from './format-sql.js';

const tokens = (sql: string) => sql.replace(/\s+/g, '');

describe('formatSql', () => {
  it('puts each clause on a line, list items and conditions one per line, subqueries indented', () => {
    const sql =
      'with "scoped" as (select "e"."id", "e"."cohort_id" from "enrollments" as "e" where "e"."cohort_id" = any($1::int[]) and exists (select 1 as "one" from "participants" as "p" where "p"."id" = "e"."participant_id")) select distinct on ("s"."id") "s"."id", count(*) filter (where status = \'withdrawn\') as "n" from "scoped" as "s" left join lateral (select "c"."x" from "checkins" as "c" limit $2) as "l" on true group by "s"."id" order by "s"."id" desc';
    expect(formatSql(sql)).toBe(
      [
        'with',
        '  "scoped" as (',
        '    select',
        '      "e"."id",',
        '      "e"."cohort_id"',
        '    from "enrollments" as "e"',
        '    where',
        '      "e"."cohort_id" = any($1::int[])',
        '      and exists (',
        '        select',
        '          1 as "one"',
        '        from "participants" as "p"',
        '        where',
        '          "p"."id" = "e"."participant_id"',
        '      )',
        '  )',
        'select distinct on ("s"."id")',
        '  "s"."id",',
        '  count(*) filter (where status = \'withdrawn\') as "n"',
        'from "scoped" as "s"',
        'left join lateral (',
        '  select',
        '    "c"."x"',
        '  from "checkins" as "c"',
        '  limit $2',
        ') as "l" on true',
        'group by',
        '  "s"."id"',
        'order by',
        '  "s"."id" desc',
      ].join('\n'),
    );
  });

  it('leaves words that only look like clauses in place', () => {
    const sql = `select (select coalesce(jsonb_agg(e.value), '[]') from jsonb_array_elements_text(b.errors) with ordinality as e(value, position)) as "errors", case when a and b then 'x, from y' end as "c" from t where (t.a) is distinct from (excluded.a)`;
    expect(formatSql(sql)).toBe(
      [
        'select',
        '  (',
        '    select',
        "      coalesce(jsonb_agg(e.value), '[]')",
        '    from jsonb_array_elements_text(b.errors) with ordinality as e(value, position)',
        '  ) as "errors",',
        `  case when a and b then 'x, from y' end as "c"`,
        'from t',
        'where',
        '  (t.a) is distinct from (excluded.a)',
      ].join('\n'),
    );
  });

  it('changes white space only', () => {
    const sql = `
      with up as (
        insert into checkins (goal_id, position) select goal_id, position from stage_checkins
        on conflict (goal_id, position) do update set position = excluded.position
        returning goal_id as parent, (xmax = 0) as inserted
      )
      select count(*) filter (where inserted)::int as inserted from up`;
    const formatted = formatSql(sql);
    expect(tokens(formatted)).toBe(tokens(sql));
    expect(formatted).toContain(
      'on conflict (goal_id, position)\n    do update set\n      position = excluded.position',
    );
  });
});
