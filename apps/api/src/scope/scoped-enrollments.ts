import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';
import type { ResolvedScope } from './resolved-scope.js';

/**
 * The in-scope enrollments (DOMAIN.md "Scope"): an in-scope cohort, the participant's network
 * in an in-scope state, and, for a funder, a funding line of that cohort that is open or names
 * that state. Every metric query starts from this as its `scoped` CTE.
 *
 * The participant's state is joined only when a state filter or a funder's lines need it: for
 * an unfiltered scope the two joins were tens of thousands of lookups that decided nothing.
 */
export function scopedEnrollments(db: Kysely<DB>, scope: ResolvedScope) {
  const byState = scope.states !== null || scope.funder !== null;
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
            .$if(scope.funder !== null, (q) =>
              q.where(({ exists: fundingExists, selectFrom: fromFundings }) =>
                fundingExists(
                  fromFundings('fundings as f')
                    .select(sql`1`.as('one'))
                    .where('f.funder_id', '=', scope.funder?.id ?? 0)
                    .whereRef('f.cohort_id', '=', 'e.cohort_id')
                    .where((w) =>
                      w.or([w('f.state_code', 'is', null), w('f.state_code', '=', w.ref('n.state_code'))]),
                    ),
                ),
              ),
            ),
        ),
      ),
    );
}
