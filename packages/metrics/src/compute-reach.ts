import { STATE_CODES } from '@mintq/contract';
import type { MonthReach, Reach, StateReach } from './types.js';

/** Totals over the in-scope multipliers and their in-period activities (distinct counts done in SQL). */
export interface ReachTotals {
  /** Distinct multipliers (completed, certified by `to`). */
  multipliers: number;
  /** Distinct multipliers with ≥ 1 activity in the period. */
  activeMultipliers: number;
  activities: number;
  /** Distinct initiatives reached. */
  initiativesReached: number;
  /** Sum of `educators_reached`. */
  educatorsReached: number;
  /** Sum of `youth_reached_estimate`. */
  youthReachedEstimate: number;
}

/** One row per state of the initiatives' networks; states without a row count as zero. */
export interface ReachStateRow {
  state: string;
  /** All networks in the state (structural, never suppressed). */
  networks: number;
  /** Networks with ≥ 1 reached initiative. */
  networksReached: number;
  /** Distinct initiatives reached in the state. */
  initiativesReached: number;
  /** Distinct multipliers who reached an initiative in the state. */
  multipliers: number;
}

/** One row per month of `occurred_on` (`YYYY-MM`); months without activities may be omitted. */
export interface ReachMonthRow {
  month: string;
  activities: number;
  /** Distinct initiatives reached within the month. */
  initiativesReached: number;
  /** Initiatives whose first reach in the period falls in this month (summed to the cumulative count). */
  newInitiativesReached: number;
  /**
   * Distinct multipliers with an activity in the month: the people behind the month, which only
   * suppression reads. `null` where no suppression applies (an unsuppressed view skips the
   * costly count); suppression then sees no people and hides the month.
   */
  multipliers: number | null;
}

export interface ComputeReachOptions {
  totals: ReachTotals;
  byState: readonly ReachStateRow[];
  byMonth: readonly ReachMonthRow[];
}

/** The multiplier cascade, e.g. `computeReach({ totals: { multipliers: 4, initiativesReached: 10, … }, byState: [], byMonth: [] }).multiplierFactor` = 2.5. */
export function computeReach({ totals, byState, byMonth }: ComputeReachOptions): Reach {
  const rowsByState = new Map<string, ReachStateRow>();
  for (const row of byState) {
    if (!STATE_CODES.includes(row.state as (typeof STATE_CODES)[number])) {
      throw new RangeError(`computeReach: unknown state code ${row.state}`);
    }
    if (rowsByState.has(row.state)) throw new RangeError(`computeReach: state ${row.state} given twice`);
    rowsByState.set(row.state, row);
  }
  const states: StateReach[] = STATE_CODES.map((state) => {
    const row = rowsByState.get(state);
    return {
      state,
      networks: row?.networks ?? 0,
      networksReached: row?.networksReached ?? 0,
      initiativesReached: row?.initiativesReached ?? 0,
      multipliers: row?.multipliers ?? 0,
      suppressed: false,
      people: row?.multipliers ?? 0,
    };
  });

  const months = byMonth.filter((row) => row.activities > 0).sort((a, b) => compareStrings(a.month, b.month));
  let cumulative = 0;
  const series: MonthReach[] = months.map((row, index) => {
    if (index > 0 && months[index - 1]?.month === row.month) {
      throw new RangeError(`computeReach: month ${row.month} given twice`);
    }
    cumulative += row.newInitiativesReached;
    return {
      month: row.month,
      activities: row.activities,
      initiativesReached: row.initiativesReached,
      cumulativeInitiativesReached: cumulative,
      suppressed: false,
      people: row.multipliers ?? 0,
    };
  });

  return {
    multipliers: totals.multipliers,
    activeMultipliers: totals.activeMultipliers,
    activities: totals.activities,
    initiativesReached: totals.initiativesReached,
    educatorsReached: totals.educatorsReached,
    youthReachedEstimate: totals.youthReachedEstimate,
    multiplierFactor: totals.multipliers === 0 ? null : totals.initiativesReached / totals.multipliers,
    suppressed: false,
    byState: states,
    byMonth: series,
    people: totals.multipliers,
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
