import type { ReachMonthRow, ReachStateRow, ReachTotals } from '@mintq/metrics';
import type { DB } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';

/**
 * The multiplier cascade in SQL: in-scope multipliers, their in-period activities and the
 * initiatives those reached, grouped down to totals, states and months.
 */
@Injectable()
export class ReachRepository {
  private readonly db: Kysely<DB>;

  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  /** `multipliers`, `acts` (their activities in the period) and `links` (activity × initiative). */
  private cascade(scope: ResolvedScope) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('multipliers', (db) =>
        db
          .selectFrom('scoped')
          .select('participant_id')
          .distinct()
          .where('status', '=', 'completed')
          .$if(scope.to !== null, (qb) => qb.where('certified_on', '<=', scope.to as string)),
      )
      .with('acts', (db) =>
        db
          .selectFrom('activities as a')
          .select([
            'a.id',
            'a.participant_id',
            // The month once per activity, as a date: grouping on it is cheaper than on text,
            // and it is formatted only on the few grouped rows.
            sql<string>`date_trunc('month', a.occurred_on)::date`.as('month'),
            'a.educators_reached',
            'a.youth_reached_estimate',
          ])
          .where('a.participant_id', 'in', (qb) => qb.selectFrom('multipliers').select('participant_id'))
          .$if(scope.from !== null, (qb) => qb.where('a.occurred_on', '>=', scope.from as string))
          .$if(scope.to !== null, (qb) => qb.where('a.occurred_on', '<=', scope.to as string)),
      )
      .with('links', (db) =>
        db
          .selectFrom('activity_initiatives as ai')
          .innerJoin('acts', 'acts.id', 'ai.activity_id')
          .select(['ai.initiative_id', 'acts.participant_id', 'acts.month']),
      );
  }

  // Distinct counts are grouped first (GROUP BY, then count the groups): a hash aggregate
  // over a few thousand groups instead of sorting hundreds of thousands of rows per count.
  totalsQuery(scope: ResolvedScope) {
    return this.cascade(scope)
      .with('per_multiplier', (db) =>
        db
          .selectFrom('acts')
          .select([
            'participant_id',
            sql<number>`count(*)`.as('activities'),
            sql<number | null>`sum(educators_reached)`.as('educators'),
            sql<number | null>`sum(youth_reached_estimate)`.as('youth'),
          ])
          .groupBy('participant_id'),
      )
      .with('reached', (db) => db.selectFrom('links').select('initiative_id').groupBy('initiative_id'))
      .selectNoFrom((eb) => [
        eb.selectFrom('multipliers').select(sql<number>`count(*)::int`.as('n')).as('multipliers'),
        eb.selectFrom('per_multiplier').select(sql<number>`count(*)::int`.as('n')).as('activeMultipliers'),
        eb
          .selectFrom('per_multiplier')
          .select(sql<number>`coalesce(sum(activities), 0)::int`.as('n'))
          .as('activities'),
        eb.selectFrom('reached').select(sql<number>`count(*)::int`.as('n')).as('initiativesReached'),
        eb
          .selectFrom('per_multiplier')
          .select(sql<number>`coalesce(sum(educators), 0)::int`.as('n'))
          .as('educatorsReached'),
        eb
          .selectFrom('per_multiplier')
          .select(sql<number>`coalesce(sum(youth), 0)::int`.as('n'))
          .as('youthReachedEstimate'),
      ]);
  }

  async totals(scope: ResolvedScope): Promise<ReachTotals> {
    const row = await this.totalsQuery(scope).executeTakeFirstOrThrow();
    return {
      multipliers: row.multipliers ?? 0,
      activeMultipliers: row.activeMultipliers ?? 0,
      activities: row.activities ?? 0,
      initiativesReached: row.initiativesReached ?? 0,
      educatorsReached: row.educatorsReached ?? 0,
      youthReachedEstimate: row.youthReachedEstimate ?? 0,
    };
  }

  /** Per state of the initiatives' networks; `networks` counts every network of the state (structural). */
  byStateQuery(scope: ResolvedScope) {
    return (
      this.cascade(scope)
        // Each (initiative, multiplier) once before the joins and the distinct counts.
        .with('pairs', (db) =>
          db
            .selectFrom('links')
            .select(['initiative_id', 'participant_id'])
            .groupBy(['initiative_id', 'participant_id']),
        )
        .with('reached', (db) =>
          db
            .selectFrom('pairs as l')
            .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
            .innerJoin('networks as n', 'n.id', 'i.network_id')
            .select([
              'n.state_code',
              sql<number>`count(distinct n.id)::int`.as('networks_reached'),
              sql<number>`count(distinct l.initiative_id)::int`.as('initiatives_reached'),
              sql<number>`count(distinct l.participant_id)::int`.as('multipliers'),
            ])
            .groupBy('n.state_code'),
        )
        .selectFrom('networks as n')
        .leftJoin('reached as r', 'r.state_code', 'n.state_code')
        .select([
          'n.state_code as state',
          sql<number>`count(*)::int`.as('networks'),
          sql<number>`coalesce(max(r.networks_reached), 0)::int`.as('networksReached'),
          sql<number>`coalesce(max(r.initiatives_reached), 0)::int`.as('initiativesReached'),
          sql<number>`coalesce(max(r.multipliers), 0)::int`.as('multipliers'),
        ])
        .groupBy('n.state_code')
        .orderBy('n.state_code')
    );
  }

  byState(scope: ResolvedScope): Promise<ReachStateRow[]> {
    return this.byStateQuery(scope).execute();
  }

  /** Per month of `occurred_on`, with the initiatives first reached in that month (for the cumulative curve). */
  byMonthQuery(scope: ResolvedScope) {
    return (
      this.cascade(scope)
        // Each (initiative, month) once: the monthly distinct counts and the first months count these.
        .with('reached', (db) =>
          db.selectFrom('links').select(['initiative_id', 'month']).groupBy(['initiative_id', 'month']),
        )
        .with('firsts', (db) =>
          db
            .selectFrom('reached')
            .select(['initiative_id', sql<string>`min(month)`.as('month')])
            .groupBy('initiative_id'),
        )
        .with('active', (db) =>
          db
            .selectFrom('acts')
            .select(['month', 'participant_id', sql<number>`count(*)`.as('activities')])
            .groupBy(['month', 'participant_id']),
        )
        .with('monthly', (db) =>
          db
            .selectFrom('active')
            .select([
              'month',
              sql<number>`sum(activities)::int`.as('activities'),
              sql<number>`count(*)::int`.as('multipliers'),
            ])
            .groupBy('month'),
        )
        .with('monthly_initiatives', (db) =>
          db
            .selectFrom('reached')
            .select(['month', sql<number>`count(*)::int`.as('initiatives')])
            .groupBy('month'),
        )
        .with('monthly_firsts', (db) =>
          db
            .selectFrom('firsts')
            .select(['month', sql<number>`count(*)::int`.as('n')])
            .groupBy('month'),
        )
        .selectFrom('monthly as m')
        .leftJoin('monthly_initiatives as mi', 'mi.month', 'm.month')
        .leftJoin('monthly_firsts as mf', 'mf.month', 'm.month')
        .select([
          sql<string>`to_char(m.month, 'YYYY-MM')`.as('month'),
          'm.activities',
          sql<number>`coalesce(mi.initiatives, 0)::int`.as('initiativesReached'),
          sql<number>`coalesce(mf.n, 0)::int`.as('newInitiativesReached'),
          'm.multipliers',
        ])
        .orderBy('m.month')
    );
  }

  byMonth(scope: ResolvedScope): Promise<ReachMonthRow[]> {
    return this.byMonthQuery(scope).execute();
  }
}
