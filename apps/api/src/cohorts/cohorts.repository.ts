import type { CohortFunnelRow } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';
import { goalLevels } from '../goals/goal-levels.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';

@Injectable()
export class CohortsRepository extends SqlRepository {
  listCohortsQuery() {
    return this.db.selectFrom('cohorts').select(['key', 'label', 'starts_on', 'ends_on']).orderBy('key');
  }

  listCohorts() {
    return this.listCohortsQuery().execute();
  }

  /** One row per in-scope cohort: enrollments by status, pre self-assessments, goals set and attained. */
  funnelQuery(scope: ResolvedScope) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('levels', (db) => goalLevels(db, scope))
      .with('statuses', (db) =>
        db
          .selectFrom('scoped')
          .select([
            'cohort_id',
            sql<number>`count(*)::int`.as('enrolled'),
            sql<number>`(count(*) filter (where status = 'withdrawn'))::int`.as('withdrawn'),
            sql<number>`(count(*) filter (where status = 'completed'))::int`.as('completed'),
          ])
          .groupBy('cohort_id'),
      )
      .with('pre', (db) =>
        db
          .selectFrom('scoped as s')
          .innerJoin('waves as w', (join) =>
            join.onRef('w.cohort_id', '=', 's.cohort_id').on('w.wave', '=', 'pre'),
          )
          .innerJoin('instruments as i', (join) =>
            join.onRef('i.id', '=', 'w.instrument_id').on('i.kind', '=', 'self_assessment'),
          )
          .innerJoin('responses as r', (join) =>
            join.onRef('r.wave_id', '=', 'w.id').onRef('r.participant_id', '=', 's.participant_id'),
          )
          .select(['s.cohort_id', sql<number>`count(distinct s.participant_id)::int`.as('participants')])
          .groupBy('s.cohort_id'),
      )
      .with('goal_people', (db) =>
        db
          .selectFrom('levels')
          .select([
            'cohort_id',
            sql<number>`count(distinct participant_id)::int`.as('set'),
            sql<number>`(count(distinct participant_id) filter (where level >= 0))::int`.as('attained'),
          ])
          .groupBy('cohort_id'),
      )
      .selectFrom('cohorts as c')
      .leftJoin('statuses as st', 'st.cohort_id', 'c.id')
      .leftJoin('pre', 'pre.cohort_id', 'c.id')
      .leftJoin('goal_people as gp', 'gp.cohort_id', 'c.id')
      .select([
        'c.key as cohort',
        sql<number>`coalesce(st.enrolled, 0)::int`.as('enrolled'),
        sql<number>`coalesce(st.withdrawn, 0)::int`.as('withdrawn'),
        sql<number>`coalesce(st.completed, 0)::int`.as('completed'),
        sql<number>`coalesce(pre.participants, 0)::int`.as('selfAssessmentPre'),
        sql<number>`coalesce(gp.set, 0)::int`.as('goalsSet'),
        sql<number>`coalesce(gp.attained, 0)::int`.as('goalAttained'),
      ])
      .where('c.id', '=', sql<number>`any(${scope.cohortIds}::int[])`)
      .orderBy('c.key');
  }

  funnel(scope: ResolvedScope): Promise<CohortFunnelRow[]> {
    return this.funnelQuery(scope).execute();
  }
}
