import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { scopedEnrollments } from '../scope/scoped-enrollments.js';
import { InstrumentRepository } from '../surveys/instrument-repository.js';
import type { ResponseAnswers } from '../surveys/survey-sql.js';

/** One response that counts for event feedback, with its answers; `participant_id` null = anonymous. */
export interface EventResponseRow extends ResponseAnswers {
  participant_id: number | null;
}

/**
 * Event feedback in SQL (DOMAIN.md "Survey outcomes"): the responses of the instrument's
 * `event` waves in in-scope cohorts, the latest per in-scope participant and wave plus the
 * qualifying anonymous ones, each with its answers (the response's answer text). Two queries
 * per request (the instrument, the responses).
 */
@Injectable()
export class EventsRepository extends InstrumentRepository {
  /**
   * The responses that enter event feedback: per in-scope participant and event wave the one
   * with the latest `submitted_at` (equal instants: the one listed last), and every anonymous
   * response that qualifies. An anonymous response has no state, so it qualifies only when the
   * scope filters no states and, for a funder, when the funder has an open (state-less)
   * funding line for the wave's cohort.
   */
  eventResponsesQuery(scope: ResolvedScope, instrument: string) {
    return this.db
      .with('scoped', () => scopedEnrollments(this.db, scope))
      .with('event_waves', (db) =>
        db
          .selectFrom('waves as w')
          .innerJoin('instruments as ins', 'ins.id', 'w.instrument_id')
          .select(['w.id', 'w.cohort_id'])
          .where('ins.key', '=', instrument)
          .where('w.wave', '=', 'event')
          .where('w.cohort_id', '=', sql<number>`any(${scope.cohortIds}::int[])`),
      )
      .with('latest', (db) =>
        db
          .selectFrom('responses as r')
          .innerJoin('event_waves as ew', 'ew.id', 'r.wave_id')
          .innerJoin('scoped as s', (join) =>
            join.onRef('s.participant_id', '=', 'r.participant_id').onRef('s.cohort_id', '=', 'ew.cohort_id'),
          )
          .distinctOn(['s.participant_id', 'r.wave_id'])
          .select(['r.id', 'r.participant_id', 'r.answers_text as answers'])
          .orderBy('s.participant_id')
          .orderBy('r.wave_id')
          .orderBy('r.submitted_at', (ob) => ob.desc().nullsLast())
          .orderBy('r.listed_order', 'desc')
          .orderBy('r.id', 'desc'),
      )
      .with('anonymous', (db) =>
        db
          .selectFrom('responses as r')
          .innerJoin('event_waves as ew', 'ew.id', 'r.wave_id')
          .select(['r.id', 'r.participant_id', 'r.answers_text as answers'])
          .where('r.participant_id', 'is', null)
          // A state filter excludes every anonymous response: none is known to be in the state.
          .$if(scope.states !== null, (qb) => qb.where(sql<boolean>`false`))
          // Anonymous answers belong to no state: only a cohort funded in every state counts them.
          .$if(scope.funder !== null, (qb) =>
            qb.where('ew.cohort_id', '=', sql<number>`any(${scope.funder?.openCohortIds ?? []}::int[])`),
          ),
      )
      .with('counted', (db) =>
        db
          .selectFrom('latest')
          .select(['id', 'participant_id', 'answers'])
          .unionAll(db.selectFrom('anonymous').select(['id', 'participant_id', 'answers'])),
      )
      .selectFrom('counted as c')
      .select(['c.participant_id', 'c.answers'])
      .orderBy('c.id');
  }

  eventResponses(scope: ResolvedScope, instrument: string): Promise<EventResponseRow[]> {
    return this.eventResponsesQuery(scope, instrument).execute();
  }
}
