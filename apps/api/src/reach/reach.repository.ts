import type { ReachMonthRow, ReachStateRow, ReachTotals } from '@mintq/metrics';
import type { DB } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';

/** Totals without `initiativesReached`: that one is the sum over the states (see `reach`). */
export type ReachActivityTotals = Omit<ReachTotals, 'initiativesReached'>;

/**
 * The multiplier cascade in SQL: in-scope multipliers, their in-period activities and the
 * initiatives those reached, grouped down to totals, states and months.
 *
 * Links are read from `activity_initiatives` alone, which carries a copy of each activity's
 * multiplier, date and month: no statement joins activities to their links. The three
 * statements run side by side, each doing one distinct grouping of its own.
 */
@Injectable()
export class ReachRepository {
  private readonly db: Kysely<DB>;

  constructor(@Inject(DATABASE) database: Database) {
    this.db = database.db;
  }

  async reach(scope: ResolvedScope): Promise<{
    totals: ReachTotals;
    byState: ReachStateRow[];
    byMonth: ReachMonthRow[];
  }> {
    const [totals, byState, byMonth] = await Promise.all([
      this.totals(scope),
      this.byState(scope),
      this.byMonth(scope),
    ]);
    // An initiative belongs to one network, so to one state: the distinct initiatives of all
    // states add up to the distinct initiatives overall, without a third distinct count.
    const initiativesReached = byState.reduce((sum, row) => sum + row.initiativesReached, 0);
    return { totals: { ...totals, initiativesReached }, byState, byMonth };
  }

  /** `multipliers`: completed in an in-scope enrollment, certified by `to`. */
  private withMultipliers(scope: ResolvedScope) {
    // Not materialised: inlined, the planner knows how many multipliers to expect (from the
    // enrollments' statistics) and hash-joins the activities; a materialised CTE counts as
    // 200 rows and got 13 000 index lookups instead.
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with(
        (cte) => cte('multipliers').notMaterialized(),
        (db) =>
          db
            .selectFrom('scoped')
            .select('participant_id')
            .distinct()
            .where('status', '=', 'completed')
            .$if(scope.to !== null, (qb) => qb.where('certified_on', '<=', scope.to as string)),
      );
  }

  /** The multipliers' in-period activities. */
  private activities(scope: ResolvedScope) {
    return this.withMultipliers(scope).with('acts', (db) =>
      db
        .selectFrom('activities as a')
        .select(['a.participant_id', 'a.occurred_month', 'a.educators_reached', 'a.youth_reached_estimate'])
        .where('a.participant_id', 'in', (qb) => qb.selectFrom('multipliers').select('participant_id'))
        .$if(scope.from !== null, (qb) => qb.where('a.occurred_on', '>=', scope.from as string))
        .$if(scope.to !== null, (qb) => qb.where('a.occurred_on', '<=', scope.to as string)),
    );
  }

  /** The links (activity × initiative) of the multipliers' in-period activities. */
  private links(scope: ResolvedScope) {
    return this.withMultipliers(scope).with('links', (db) => this.linksOf(db, scope));
  }

  /** The `links` CTE's query, over a `multipliers` CTE already defined. */
  private linksOf(db: QueryCreator<DB & { multipliers: { participant_id: number } }>, scope: ResolvedScope) {
    return db
      .selectFrom('activity_initiatives as l')
      .select(['l.initiative_id', 'l.participant_id', 'l.occurred_month'])
      .where('l.participant_id', 'in', (qb) => qb.selectFrom('multipliers').select('participant_id'))
      .$if(scope.from !== null, (qb) => qb.where('l.occurred_on', '>=', scope.from as string))
      .$if(scope.to !== null, (qb) => qb.where('l.occurred_on', '<=', scope.to as string));
  }

  // Distinct counts are grouped first (GROUP BY, then count the groups): a hash aggregate
  // instead of sorting every row inside count(distinct …).
  totalsQuery(scope: ResolvedScope) {
    return this.activities(scope)
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
      .selectFrom('per_multiplier')
      .select((eb) => [
        eb.selectFrom('multipliers').select(sql<number>`count(*)::int`.as('n')).as('multipliers'),
        sql<number>`count(*)::int`.as('activeMultipliers'),
        sql<number>`coalesce(sum(activities), 0)::int`.as('activities'),
        sql<number>`coalesce(sum(educators), 0)::int`.as('educatorsReached'),
        sql<number>`coalesce(sum(youth), 0)::int`.as('youthReachedEstimate'),
      ]);
  }

  async totals(scope: ResolvedScope): Promise<ReachActivityTotals> {
    const row = await this.totalsQuery(scope).executeTakeFirstOrThrow();
    return {
      multipliers: row.multipliers ?? 0,
      activeMultipliers: row.activeMultipliers,
      activities: row.activities,
      educatorsReached: row.educatorsReached,
      youthReachedEstimate: row.youthReachedEstimate,
    };
  }

  /** Per state of the initiatives' networks; `networks` counts every network of the state (structural). */
  byStateQuery(scope: ResolvedScope) {
    return (
      this.links(scope)
        // Each (initiative, multiplier) once; everything below counts these few rows.
        .with('pairs', (db) =>
          db
            .selectFrom('links')
            .select(['initiative_id', 'participant_id'])
            .groupBy(['initiative_id', 'participant_id']),
        )
        .with('initiatives_reached', (db) =>
          db
            .selectFrom(db.selectFrom('pairs').select('initiative_id').groupBy('initiative_id').as('p'))
            .innerJoin('initiatives as i', 'i.id', 'p.initiative_id')
            .innerJoin('networks as n', 'n.id', 'i.network_id')
            .select([
              'n.state_code',
              sql<number>`count(distinct n.id)::int`.as('networks_reached'),
              sql<number>`count(*)::int`.as('initiatives_reached'),
            ])
            .groupBy('n.state_code'),
        )
        .with('state_multipliers', (db) =>
          db
            .selectFrom(
              db
                .selectFrom('pairs as p')
                .innerJoin('initiatives as i', 'i.id', 'p.initiative_id')
                .innerJoin('networks as n', 'n.id', 'i.network_id')
                .select(['n.state_code', 'p.participant_id'])
                .groupBy(['n.state_code', 'p.participant_id'])
                .as('sp'),
            )
            .select(['sp.state_code', sql<number>`count(*)::int`.as('multipliers')])
            .groupBy('sp.state_code'),
        )
        .with('state_networks', (db) =>
          db
            .selectFrom('networks')
            .select(['state_code', sql<number>`count(*)::int`.as('networks')])
            .groupBy('state_code'),
        )
        .selectFrom('state_networks as s')
        .leftJoin('initiatives_reached as r', 'r.state_code', 's.state_code')
        .leftJoin('state_multipliers as m', 'm.state_code', 's.state_code')
        .select([
          's.state_code as state',
          's.networks',
          sql<number>`coalesce(r.networks_reached, 0)::int`.as('networksReached'),
          sql<number>`coalesce(r.initiatives_reached, 0)::int`.as('initiativesReached'),
          sql<number>`coalesce(m.multipliers, 0)::int`.as('multipliers'),
        ])
        .orderBy('s.state_code')
    );
  }

  byState(scope: ResolvedScope): Promise<ReachStateRow[]> {
    return this.byStateQuery(scope).execute();
  }

  /** Per month of `occurred_on`, with the initiatives first reached in that month (for the cumulative curve). */
  byMonthQuery(scope: ResolvedScope) {
    return (
      this.activities(scope)
        .with('links', (db) => this.linksOf(db, scope))
        // Each (initiative, month) once: the monthly distinct counts and the first months count these.
        .with('reached', (db) =>
          db
            .selectFrom('links')
            .select(['initiative_id', 'occurred_month'])
            .groupBy(['initiative_id', 'occurred_month']),
        )
        .with('monthly_initiatives', (db) =>
          db
            .selectFrom('reached')
            .select(['occurred_month', sql<number>`count(*)::int`.as('initiatives')])
            .groupBy('occurred_month'),
        )
        .with('monthly_firsts', (db) =>
          db
            .selectFrom(
              db
                .selectFrom('reached')
                .select(sql<string>`min(occurred_month)`.as('occurred_month'))
                .groupBy('initiative_id')
                .as('f'),
            )
            .select(['f.occurred_month', sql<number>`count(*)::int`.as('n')])
            .groupBy('f.occurred_month'),
        )
        .with('monthly', (db) =>
          scope.suppressionK === null
            ? // Multipliers per month only decide suppression: an unsuppressed view skips the
              // (month, multiplier) grouping, as costly as the monthly initiatives.
              db
                .selectFrom('acts')
                .select([
                  'occurred_month',
                  sql<number>`count(*)::int`.as('activities'),
                  sql<number | null>`null::int`.as('multipliers'),
                ])
                .groupBy('occurred_month')
            : db
                .selectFrom(
                  db
                    .selectFrom('acts')
                    .select(['occurred_month', 'participant_id', sql<number>`count(*)`.as('activities')])
                    .groupBy(['occurred_month', 'participant_id'])
                    .as('pm'),
                )
                .select([
                  'pm.occurred_month',
                  sql<number>`sum(pm.activities)::int`.as('activities'),
                  sql<number | null>`count(*)::int`.as('multipliers'),
                ])
                .groupBy('pm.occurred_month'),
        )
        .selectFrom('monthly as m')
        .leftJoin('monthly_initiatives as mi', 'mi.occurred_month', 'm.occurred_month')
        .leftJoin('monthly_firsts as mf', 'mf.occurred_month', 'm.occurred_month')
        .select([
          sql<string>`to_char(m.occurred_month, 'YYYY-MM')`.as('month'),
          'm.activities',
          sql<number>`coalesce(mi.initiatives, 0)::int`.as('initiativesReached'),
          sql<number>`coalesce(mf.n, 0)::int`.as('newInitiativesReached'),
          'm.multipliers',
        ])
        .orderBy('m.occurred_month')
    );
  }

  byMonth(scope: ResolvedScope): Promise<ReachMonthRow[]> {
    return this.byMonthQuery(scope).execute();
  }
}
