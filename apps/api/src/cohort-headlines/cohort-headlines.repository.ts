import type { GoalAttainment, Reach } from '@mintq/contract';
import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import { SqlRepository } from '../database/sql-repository.js';
import { goalLevels } from '../goals/goal-levels.js';
import { ReachRepository } from '../reach/reach.repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';

/** The reach figures the overview shows per cohort. */
export const REACH_HEADLINES = [
  'multipliers',
  'activeMultipliers',
  'initiativesReached',
  'educatorsReached',
  'youthReachedEstimate',
] as const satisfies readonly (keyof Reach)[];

/** The goal figures the overview shows per cohort. */
export const GOAL_HEADLINES = [
  'goals',
  'attainmentRate',
  'meanTScore',
  'tScoreParticipants',
] as const satisfies readonly (keyof GoalAttainment)[];

export type CohortReachRow = Pick<Reach, (typeof REACH_HEADLINES)[number]> & { cohort: string };
export type CohortGoalsRow = Pick<GoalAttainment, (typeof GOAL_HEADLINES)[number]> & { cohort: string };

/** The headline fields of a metric, and whether it is suppressed: what the per-cohort view shows. */
export function headlinesOf<T extends { suppressed: boolean }, K extends keyof T>(
  metric: T,
  keys: readonly K[],
): Pick<T, K | 'suppressed'> {
  const picked = Object.fromEntries(keys.map((key) => [key, metric[key]]));
  return { ...picked, suppressed: metric.suppressed } as Pick<T, K | 'suppressed'>;
}

/** GAS inter-goal correlation ρ (DOMAIN.md "GAS T-score"), as `computeGoalAttainment` uses it. */
const RHO = 0.3;

/**
 * The overview's headline numbers per in-scope cohort, each grouped by cohort in SQL: one row
 * per cohort comes back, never a row per person or goal. A participant counts for a cohort only
 * through its enrollment there (DOMAIN.md "Scope"), so each cohort's row equals the answer to a
 * scope of that one cohort.
 */
@Injectable()
export class CohortHeadlinesRepository extends SqlRepository {
  constructor(
    @Inject(DATABASE) database: Database,
    // The reach's bitmap width: one home for how wide an initiative bitmap is read.
    private readonly reach: ReachRepository,
  ) {
    super(database);
  }

  async headlines(scope: ResolvedScope): Promise<{ reach: CohortReachRow[]; goals: CohortGoalsRow[] }> {
    const [reach, goals] = await Promise.all([
      this.reach.bitmapWidth().then((width) => this.reachByCohortQuery(scope, width).execute()),
      this.goalsByCohortQuery(scope).execute(),
    ]);
    return { reach, goals };
  }

  /**
   * Multipliers (completed, certified by `to`) per cohort, their in-period activities, and the
   * distinct initiatives they reached: the union of the activities' initiative bitmaps.
   */
  reachByCohortQuery(scope: ResolvedScope, width: number) {
    const bitmap = sql<string>`a.initiative_bits::bit(${sql.lit(Math.max(1, Math.trunc(width)))})`;
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('multipliers', (db) =>
        db
          .selectFrom('scoped')
          .select(['cohort_id', 'participant_id'])
          .distinct()
          .where('status', '=', 'completed')
          .$if(scope.to !== null, (qb) => qb.where('certified_on', '<=', scope.to as string)),
      )
      .with('per_multiplier', (db) =>
        db
          .selectFrom('multipliers as m')
          .leftJoin('activities as a', (join) => {
            // In the join, not a where: a multiplier without in-period activities still counts.
            let on = join.onRef('a.participant_id', '=', 'm.participant_id');
            if (scope.from !== null) on = on.on('a.occurred_on', '>=', scope.from);
            if (scope.to !== null) on = on.on('a.occurred_on', '<=', scope.to);
            return on;
          })
          .select([
            'm.cohort_id',
            sql<number>`count(a.id)`.as('activities'),
            sql<number | null>`sum(a.educators_reached)`.as('educators'),
            sql<number | null>`sum(a.youth_reached_estimate)`.as('youth'),
            sql<string | null>`bit_or(${bitmap})`.as('reached'),
          ])
          .groupBy(['m.cohort_id', 'm.participant_id']),
      )
      .selectFrom('cohorts as c')
      .leftJoin('per_multiplier as pm', 'pm.cohort_id', 'c.id')
      .select([
        'c.key as cohort',
        sql<number>`count(pm.cohort_id)::int`.as('multipliers'),
        sql<number>`count(*) filter (where pm.activities > 0)::int`.as('activeMultipliers'),
        sql<number>`coalesce(bit_count(bit_or(pm.reached)), 0)::int`.as('initiativesReached'),
        sql<number>`coalesce(sum(pm.educators), 0)::int`.as('educatorsReached'),
        sql<number>`coalesce(sum(pm.youth), 0)::int`.as('youthReachedEstimate'),
      ])
      .where('c.id', '=', sql<number>`any(${scope.cohortIds}::int[])`)
      .groupBy('c.key')
      .orderBy('c.key');
  }

  /**
   * Goals per cohort as of the scope's date: how many, the share attained among those with a
   * level, and the mean GAS T-score of the cohort's participants with a levelled goal.
   */
  goalsByCohortQuery(scope: ResolvedScope) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('levels', (db) => goalLevels(db, scope))
      .with('per_participant', (db) =>
        db
          .selectFrom('levels')
          .select([
            'cohort_id',
            sql<number>`count(*)`.as('goals'),
            sql<number>`count(*) filter (where level >= 0)`.as('attained'),
            sql<number>`count(level)`.as('levelled'),
            // T = 50 + 10·Σwx / √((1−ρ)Σw² + ρ(Σw)²) over the goals with a level; null without one.
            sql<number | null>`50 + 10 * sum(coalesce(weight, 1) * level)
              / nullif(sqrt(${sql.lit(1 - RHO)} * sum(coalesce(weight, 1) ^ 2) filter (where level is not null)
                + ${sql.lit(RHO)} * (sum(coalesce(weight, 1)) filter (where level is not null)) ^ 2), 0)`.as(
              't',
            ),
          ])
          .groupBy(['cohort_id', 'participant_id']),
      )
      .selectFrom('cohorts as c')
      .leftJoin('per_participant as pp', 'pp.cohort_id', 'c.id')
      .select([
        'c.key as cohort',
        sql<number>`coalesce(sum(pp.goals), 0)::int`.as('goals'),
        sql<number | null>`sum(pp.attained)::float8 / nullif(sum(pp.levelled), 0)`.as('attainmentRate'),
        sql<number | null>`avg(pp.t)::float8`.as('meanTScore'),
        sql<number>`count(pp.t)::int`.as('tScoreParticipants'),
      ])
      .where('c.id', '=', sql<number>`any(${scope.cohortIds}::int[])`)
      .groupBy('c.key')
      .orderBy('c.key');
  }
}
