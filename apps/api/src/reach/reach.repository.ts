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
            'a.occurred_on',
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
          .select(['ai.initiative_id', 'acts.participant_id', 'acts.occurred_on']),
      );
  }

  totalsQuery(scope: ResolvedScope) {
    return this.cascade(scope).selectNoFrom((eb) => [
      eb.selectFrom('multipliers').select(sql<number>`count(*)::int`.as('n')).as('multipliers'),
      eb
        .selectFrom('acts')
        .select(sql<number>`count(distinct participant_id)::int`.as('n'))
        .as('activeMultipliers'),
      eb.selectFrom('acts').select(sql<number>`count(*)::int`.as('n')).as('activities'),
      eb
        .selectFrom('links')
        .select(sql<number>`count(distinct initiative_id)::int`.as('n'))
        .as('initiativesReached'),
      eb
        .selectFrom('acts')
        .select(sql<number>`coalesce(sum(educators_reached), 0)::int`.as('n'))
        .as('educatorsReached'),
      eb
        .selectFrom('acts')
        .select(sql<number>`coalesce(sum(youth_reached_estimate), 0)::int`.as('n'))
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
    return this.cascade(scope)
      .with('reached', (db) =>
        db
          .selectFrom('links as l')
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
      .orderBy('n.state_code');
  }

  byState(scope: ResolvedScope): Promise<ReachStateRow[]> {
    return this.byStateQuery(scope).execute();
  }

  /** Per month of `occurred_on`, with the initiatives first reached in that month (for the cumulative curve). */
  byMonthQuery(scope: ResolvedScope) {
    const month = sql<string>`to_char(occurred_on, 'YYYY-MM')`;
    return this.cascade(scope)
      .with('firsts', (db) =>
        db
          .selectFrom('links')
          .select(['initiative_id', sql<string>`min(to_char(occurred_on, 'YYYY-MM'))`.as('month')])
          .groupBy('initiative_id'),
      )
      .with('monthly', (db) =>
        db
          .selectFrom('acts')
          .select([
            month.as('month'),
            sql<number>`count(*)::int`.as('activities'),
            sql<number>`count(distinct participant_id)::int`.as('multipliers'),
          ])
          .groupBy(month),
      )
      .with('monthly_initiatives', (db) =>
        db
          .selectFrom('links')
          .select([month.as('month'), sql<number>`count(distinct initiative_id)::int`.as('initiatives')])
          .groupBy(month),
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
        'm.month',
        'm.activities',
        sql<number>`coalesce(mi.initiatives, 0)::int`.as('initiativesReached'),
        sql<number>`coalesce(mf.n, 0)::int`.as('newInitiativesReached'),
        'm.multipliers',
      ])
      .orderBy('m.month');
  }

  byMonth(scope: ResolvedScope): Promise<ReachMonthRow[]> {
    return this.byMonthQuery(scope).execute();
  }
}
