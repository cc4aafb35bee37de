import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';
import type { ResolvedScope } from './resolved-scope.js';

/**
 * The in-scope enrollments (DOMAIN.md "Scope"): an in-scope cohort, the participant's network
 * in an in-scope state, and, for a funder, a funding line of that cohort that is open or names
 * that state. Every metric query starts from this as its `scoped` CTE.
 *
 * The funder's lines travel with the scope (resolved once per request), so no statement looks
 * up fundings per enrollment. The participant's state is joined only when a state filter or a
 * state-bound line needs it: a cohort funded in every state, like an unfiltered scope, takes
 * its enrollments as they are.
 */
export function scopedEnrollments(db: Kysely<DB>, scope: ResolvedScope) {
  const funder = scope.funder;
  const open = funder?.openCohortIds ?? [];
  // Lines of cohorts funded only in named states, as `cohort/state` keys; null when none applies.
  const lineKeys =
    funder === null || scope.cohortIds.every((id) => open.includes(id))
      ? null
      : funder.stateLines.map((line) => `${line.cohortId}/${line.state}`);
  const byState = scope.states !== null || lineKeys !== null;
  return db
    .selectFrom('enrollments as e')
    .select(['e.participant_id', 'e.cohort_id', 'e.status', 'e.certified_on'])
    .where('e.cohort_id', '=', sql<number>`any(${scope.cohortIds}::int[])`)
    .$if(byState, (qb) =>
      qb.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('participants as p')
            .innerJoin('networks as n', 'n.id', 'p.network_id')
            .select(sql`1`.as('one'))
            .whereRef('p.id', '=', 'e.participant_id')
            .$if(scope.states !== null, (q) =>
              q.where('n.state_code', '=', sql<string>`any(${scope.states}::text[])`),
            )
            .$if(lineKeys !== null, (q) =>
              q.where(
                sql<boolean>`(e.cohort_id = any(${open}::int[]) or e.cohort_id::text || '/' || n.state_code = any(${lineKeys}::text[]))`,
              ),
            ),
        ),
      ),
    );
}
