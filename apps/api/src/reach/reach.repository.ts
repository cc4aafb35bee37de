import type { ReachMonthRow, ReachStateRow, ReachTotals } from '@mintq/metrics';
import type { DB } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { type SelectQueryBuilder, sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';

type MultiplierScope = DB & { multipliers: { participant_id: number } };

/**
 * The multiplier cascade in SQL: in-scope multipliers and their in-period activities, grouped
 * down to totals, states and months.
 *
 * Distinct initiatives are never grouped link by link: each activity carries the set of
 * initiatives it reached as a bitmap (bit i = initiative id i) and their states as a mask
 * (migration 20261125T2000), so a union of sets is `bit_or` and its size `bit_count`.
 * Two statements run side by side, each reading the in-period activities once: one per
 * multiplier (totals, multipliers per state), one per month (the series and the states'
 * initiatives); a funder's view adds a third for the people behind each month.
 */
@Injectable()
export class ReachRepository extends SqlRepository {
  async reach(scope: ResolvedScope): Promise<{
    totals: ReachTotals;
    byState: ReachStateRow[];
    byMonth: ReachMonthRow[];
  }> {
    const [multipliers, initiatives, monthPeople] = await Promise.all([
      this.multipliersQuery(scope).executeTakeFirstOrThrow(),
      // Only this statement needs the bitmap width: the others do not wait for it.
      this.bitmapWidth().then((width) => this.initiativesQuery(scope, width).executeTakeFirstOrThrow()),
      // Multipliers per month only decide suppression: an unsuppressed view skips them.
      scope.suppressionK === null ? null : this.monthMultipliersQuery(scope).execute(),
    ]);
    const peopleByMonth = new Map(monthPeople?.map((row) => [row.month, row.multipliers]));
    const byState = initiatives.states.map((row) => ({
      ...row,
      multipliers: multipliers.stateMultipliers[row.state] ?? 0,
    }));
    const byMonth = initiatives.months.map((row) => ({
      ...row,
      multipliers: monthPeople === null ? null : (peopleByMonth.get(row.month) ?? 0),
    }));
    // An initiative belongs to one network, so to one state: the distinct initiatives of all
    // states add up to the distinct initiatives overall.
    const initiativesReached = byState.reduce((sum, row) => sum + row.initiativesReached, 0);
    const { stateMultipliers: _, ...totals } = multipliers;
    return {
      totals: { ...totals, multipliers: totals.multipliers ?? 0, initiativesReached },
      byState,
      byMonth,
    };
  }

  /**
   * Bits per bitmap today (the highest initiative id + 1). Readers cast every bitmap to it:
   * `bit_or` needs equal lengths, and the cast pads bitmaps written when there were fewer
   * initiatives. A literal of the statement, so read before it.
   */
  async bitmapWidth(): Promise<number> {
    const row = await this.bitmapWidthQuery().executeTakeFirstOrThrow();
    return row.width;
  }

  bitmapWidthQuery() {
    return this.db.selectFrom('initiatives').select(sql<number>`coalesce(max(id), 0)::int + 1`.as('width'));
  }

  /** `multipliers`: completed in an in-scope enrollment, certified by `to` (the drill-down starts here too). */
  withMultipliers(scope: ResolvedScope) {
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

  /** The multipliers' in-period activities, as `a`. */
  inPeriod<O>(
    qb: SelectQueryBuilder<MultiplierScope & { a: DB['activities'] }, 'a', O>,
    scope: ResolvedScope,
  ) {
    return qb
      .where('a.participant_id', 'in', (q) => q.selectFrom('multipliers').select('participant_id'))
      .$if(scope.from !== null, (q) => q.where('a.occurred_on', '>=', scope.from as string))
      .$if(scope.to !== null, (q) => q.where('a.occurred_on', '<=', scope.to as string));
  }

  /** Totals over the multipliers, and per state the multipliers who reached an initiative there. */
  multipliersQuery(scope: ResolvedScope) {
    return this.withMultipliers(scope)
      .with('per_multiplier', (db) =>
        this.inPeriod(db.selectFrom('activities as a'), scope)
          .select([
            'a.participant_id',
            sql<number>`count(*)`.as('activities'),
            sql<number | null>`sum(a.educators_reached)`.as('educators'),
            sql<number | null>`sum(a.youth_reached_estimate)`.as('youth'),
            sql<number>`bit_or(a.state_bits)`.as('states'),
          ])
          .groupBy('a.participant_id'),
      )
      .with('state_multipliers', (db) =>
        // Multipliers share few state masks: count per mask first, then test 16 bits per mask.
        db
          .selectFrom(
            db
              .selectFrom('per_multiplier')
              .select(['states', sql<number>`count(*)`.as('n')])
              .groupBy('states')
              .as('m'),
          )
          .innerJoin(
            (eb) => eb.selectFrom('networks').select('state_code').distinct().as('s'),
            (join) => join.on(sql<boolean>`m.states & state_bit(s.state_code) <> 0`),
          )
          .select(['s.state_code', sql<number>`sum(m.n)::int`.as('multipliers')])
          .groupBy('s.state_code'),
      )
      .selectFrom('per_multiplier')
      .select((eb) => [
        eb.selectFrom('multipliers').select(sql<number>`count(*)::int`.as('n')).as('multipliers'),
        sql<number>`count(*)::int`.as('activeMultipliers'),
        sql<number>`coalesce(sum(activities), 0)::int`.as('activities'),
        sql<number>`coalesce(sum(educators), 0)::int`.as('educatorsReached'),
        sql<number>`coalesce(sum(youth), 0)::int`.as('youthReachedEstimate'),
        eb
          .selectFrom('state_multipliers')
          .select(
            sql<Record<string, number>>`coalesce(json_object_agg(state_code, multipliers), '{}')`.as('m'),
          )
          .as('stateMultipliers'),
      ])
      .$narrowType<{ stateMultipliers: Record<string, number> }>();
  }

  /**
   * One row: `months` (the monthly series, with the initiatives first reached in each month
   * for the cumulative curve) and `states` (initiatives and networks reached per state of the
   * initiatives' networks; `networks` counts every network of the state, structural). Both
   * come from the same monthly bitmaps: their union is every initiative reached.
   */
  initiativesQuery(scope: ResolvedScope, width: number) {
    const bitmap = sql<string>`a.initiative_bits::bit(${sql.lit(Math.max(1, Math.trunc(width)))})`;
    return this.withMultipliers(scope)
      .with('monthly', (db) =>
        this.inPeriod(db.selectFrom('activities as a'), scope)
          .select([
            'a.occurred_month',
            sql<number>`count(*)::int`.as('activities'),
            sql<string>`bit_or(${bitmap})`.as('reached'),
          ])
          .groupBy('a.occurred_month'),
      )
      .with('series', (db) =>
        db
          .selectFrom('monthly')
          .select([
            'occurred_month',
            'activities',
            sql<number>`bit_count(reached)::int`.as('initiatives'),
            sql<number>`bit_count(bit_or(reached) over (order by occurred_month))::int`.as('cumulative'),
          ]),
      )
      .with('month_rows', (db) =>
        db
          .selectFrom('series')
          .select([
            sql<string>`to_char(occurred_month, 'YYYY-MM')`.as('month'),
            'activities',
            'initiatives as initiativesReached',
            sql<number>`cumulative - coalesce(lag(cumulative) over (order by occurred_month), 0)`.as(
              'newInitiativesReached',
            ),
          ]),
      )
      .with('reached_initiatives', (db) =>
        db
          .selectFrom('initiatives as i')
          .innerJoin(
            (eb) => eb.selectFrom('monthly').select(sql<string>`bit_or(reached)`.as('bits')).as('r'),
            (join) => join.on(sql<boolean>`i.id < length(r.bits) and get_bit(r.bits, i.id) = 1`),
          )
          .select(['i.id', 'i.network_id']),
      )
      .with('state_reach', (db) =>
        db
          .selectFrom('reached_initiatives as ri')
          .innerJoin('networks as n', 'n.id', 'ri.network_id')
          .select([
            'n.state_code',
            sql<number>`count(distinct n.id)::int`.as('networks_reached'),
            sql<number>`count(*)::int`.as('initiatives_reached'),
          ])
          .groupBy('n.state_code'),
      )
      .with('state_networks', (db) =>
        db
          .selectFrom('networks')
          .select(['state_code', sql<number>`count(*)::int`.as('networks')])
          .groupBy('state_code'),
      )
      .with('state_rows', (db) =>
        db
          .selectFrom('state_networks as s')
          .leftJoin('state_reach as r', 'r.state_code', 's.state_code')
          .select([
            's.state_code as state',
            's.networks',
            sql<number>`coalesce(r.networks_reached, 0)`.as('networksReached'),
            sql<number>`coalesce(r.initiatives_reached, 0)`.as('initiativesReached'),
          ]),
      )
      .selectNoFrom((eb) => [
        eb
          .selectFrom('month_rows as m')
          .select(
            sql<Omit<ReachMonthRow, 'multipliers'>[]>`coalesce(json_agg(m order by m.month), '[]')`.as('j'),
          )
          .as('months'),
        eb
          .selectFrom('state_rows as s')
          .select(
            sql<Omit<ReachStateRow, 'multipliers'>[]>`coalesce(json_agg(s order by s.state), '[]')`.as('j'),
          )
          .as('states'),
      ])
      .$narrowType<{
        months: Omit<ReachMonthRow, 'multipliers'>[];
        states: Omit<ReachStateRow, 'multipliers'>[];
      }>();
  }

  /**
   * Distinct multipliers with an in-period activity, per month (what suppression reads). Read
   * in the order of the index on (occurred_month, participant_id), so each month's distinct count
   * runs over presorted rows; grouping (month, multiplier) pairs first hashed ~185 000 pairs at
   * the large size and took twice as long.
   */
  monthMultipliersQuery(scope: ResolvedScope) {
    return this.inPeriod(this.withMultipliers(scope).selectFrom('activities as a'), scope)
      .select([
        sql<string>`to_char(a.occurred_month, 'YYYY-MM')`.as('month'),
        sql<number>`count(distinct a.participant_id)::int`.as('multipliers'),
      ])
      .groupBy('a.occurred_month');
  }
}
