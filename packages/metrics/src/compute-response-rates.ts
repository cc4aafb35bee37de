import type { WaveKind, WaveResponseRate } from './types.js';

const WAVE_ORDER: Record<WaveKind, number> = { PRE: 0, POST: 1, FOLLOW_UP: 2, EVENT: 3 };

/** One wave of the instrument in an in-scope cohort (from SQL). */
export interface ResponseRateRow {
  cohort: string;
  wave: WaveKind;
  /** In-scope participants enrolled in the wave's cohort with status other than `withdrawn`. */
  eligible: number;
  /** How many of them have a response in the wave. */
  responded: number;
}

export interface ComputeResponseRatesOptions {
  waves: readonly ResponseRateRow[];
}

/** Response rates sorted by cohort, then pre, post, follow_up, event, e.g. `computeResponseRates({ waves: [{ cohort: '2024-25', wave: 'PRE', eligible: 30, responded: 27 }] })[0].rate` = 0.9. */
export function computeResponseRates({ waves }: ComputeResponseRatesOptions): WaveResponseRate[] {
  return [...waves]
    .sort((a, b) =>
      a.cohort !== b.cohort ? (a.cohort < b.cohort ? -1 : 1) : WAVE_ORDER[a.wave] - WAVE_ORDER[b.wave],
    )
    .map((row) => ({
      cohort: row.cohort,
      wave: row.wave,
      responded: row.responded,
      eligible: row.eligible,
      rate: row.eligible === 0 ? null : row.responded / row.eligible,
      suppressed: false,
      people: [row.responded, row.eligible] as const,
    }));
}
