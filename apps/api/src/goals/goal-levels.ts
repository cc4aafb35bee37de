import type { DB } from '@mintq/schema';
import { type QueryCreator, sql } from 'kysely';
import type { ResolvedScope } from '../scope/resolved-scope.js';

/**
 * One row per in-scope goal set on or before `asOf`, with the level of its latest check-in on
 * or before `asOf` (same date: the one listed last), null without one. Needs a `scoped` CTE.
 */
export function goalLevels(
  db: QueryCreator<DB & { scoped: { participant_id: number; cohort_id: number } }>,
  scope: ResolvedScope,
) {
  return db
    .selectFrom('goals as g')
    .innerJoin('scoped as s', (join) =>
      join.onRef('s.participant_id', '=', 'g.participant_id').onRef('s.cohort_id', '=', 'g.cohort_id'),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('checkins as c')
          .select('c.gas_level')
          .whereRef('c.goal_id', '=', 'g.id')
          .where('c.checked_on', '<=', scope.asOf)
          .orderBy('c.checked_on', 'desc')
          .orderBy('c.position', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .select([
      'g.id',
      'g.participant_id',
      'g.cohort_id',
      'g.staircase_level',
      'g.weight',
      'g.due_on',
      sql<number | null>`latest.gas_level`.as('level'),
    ])
    .where('g.set_on', '<=', scope.asOf);
}
