import type { WaveKind as StoredWave } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';
import { InstrumentRepository } from './instrument-repository.js';
import { latestResponses, type ResponseAnswers } from './survey-sql.js';

/** The response that counts for one in-scope (participant, cohort) in one wave kind, with its answers. */
export interface LatestResponseRow extends ResponseAnswers {
  participant_id: number;
  cohort_id: number;
  wave: StoredWave;
}

/** Eligible and responded counts of one wave of the instrument in an in-scope cohort. */
export interface StoredResponseRateRow {
  cohort: string;
  wave: StoredWave;
  eligible: number;
  responded: number;
}

/**
 * Survey outcomes in SQL (DOMAIN.md "Survey outcomes"): the instrument's items, the latest
 * response per in-scope participant and wave kind with its answers (the response's answer
 * text), and per wave the eligible and responded counts. Three queries per request.
 */
@Injectable()
export class SurveysRepository extends InstrumentRepository {
  /**
   * Per in-scope enrollment (participant, cohort) and wave kind in `waves`: the response in
   * that cohort's wave of the instrument with the latest `submitted_at` (an instant; equal
   * instants: the one listed last), and its answers. Anonymous responses never enter.
   */
  latestResponsesQuery(scope: ResolvedScope, instrument: string, waves: readonly StoredWave[]) {
    return (
      this.db
        .with('scoped', () => scopedEnrollments(this.db, scope))
        .with('latest', (db) => latestResponses(db, instrument, waves))
        // The answers come as the response's text: one row per response, not ~30 answer rows.
        // In the order DISTINCT ON sorted them already, so no second sort.
        .selectFrom('latest as l')
        .select(['l.participant_id', 'l.cohort_id', 'l.wave', 'l.answers'])
        .orderBy('l.participant_id')
        .orderBy('l.cohort_id')
        .orderBy('l.wave')
    );
  }

  latestResponses(
    scope: ResolvedScope,
    instrument: string,
    waves: readonly StoredWave[],
  ): Promise<LatestResponseRow[]> {
    return this.latestResponsesQuery(scope, instrument, waves).execute();
  }

  /**
   * One row per wave of the instrument in an in-scope cohort: `eligible` = in-scope
   * enrollments of the wave's cohort that are not withdrawn, `responded` = those of them
   * with a response in the wave.
   */
  responseRatesQuery(scope: ResolvedScope, instrument: string) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('instrument_waves', (db) =>
        db
          .selectFrom('waves as w')
          .innerJoin('instruments as ins', 'ins.id', 'w.instrument_id')
          .innerJoin('cohorts as c', 'c.id', 'w.cohort_id')
          .select(['w.id', 'w.cohort_id', 'w.wave', 'c.key as cohort'])
          .where('ins.key', '=', instrument)
          .where('w.cohort_id', '=', sql<number>`any(${scope.cohortIds}::int[])`),
      )
      .with('respondents', (db) =>
        db
          .selectFrom('responses as r')
          .innerJoin('instrument_waves as iw', 'iw.id', 'r.wave_id')
          .select(['r.wave_id', 'r.participant_id'])
          .distinct()
          .where('r.participant_id', 'is not', null),
      )
      .selectFrom('instrument_waves as iw')
      .leftJoin('scoped as s', (join) =>
        join.onRef('s.cohort_id', '=', 'iw.cohort_id').on('s.status', '<>', 'withdrawn'),
      )
      .leftJoin('respondents as rs', (join) =>
        join.onRef('rs.wave_id', '=', 'iw.id').onRef('rs.participant_id', '=', 's.participant_id'),
      )
      .select([
        'iw.cohort',
        'iw.wave',
        sql<number>`count(s.participant_id)::int`.as('eligible'),
        sql<number>`count(rs.participant_id)::int`.as('responded'),
      ])
      .groupBy(['iw.id', 'iw.cohort', 'iw.wave'])
      .orderBy('iw.cohort')
      .orderBy('iw.id');
  }

  responseRates(scope: ResolvedScope, instrument: string): Promise<StoredResponseRateRow[]> {
    return this.responseRatesQuery(scope, instrument).execute();
  }
}
