import type { SurveyOutcomes } from '@mintq/contract';
import { fromStoredWave, toStoredWave, type WaveKind } from '@mintq/contract';
import { computeSurveyOutcomes, type SurveyResponses } from '@mintq/metrics';
import { excerpt } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { type SurveyInstrument, writeAnswersInItemOrder } from './survey-sql.js';
import {
  type LatestResponseRow,
  type StoredResponseRateRow,
  SurveysRepository,
} from './surveys.repository.js';

/** The error for an instrument key no instrument has (shared with event feedback). */
export function unknownInstrument(instrument: string): BadUserInputError {
  return new BadUserInputError(
    `unknown instrument: ${excerpt(instrument)}`,
    because('UNKNOWN_INSTRUMENT', { value: excerpt(instrument) }),
  );
}

@Injectable()
export class SurveysService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: SurveysRepository,
    private readonly releases: FunderReleases,
  ) {
    releases.provide('surveyOutcomes', (scope, instrument, from, to) =>
      this.computeForScope(scope, instrument, from, to),
    );
  }

  /** A funder user's answer comes from its release; everyone else's is computed exactly. */
  async getSurveyOutcomes(
    viewer: Viewer,
    instrument: string,
    from: WaveKind,
    to: WaveKind,
    input: ScopeInput | null | undefined,
  ): Promise<SurveyOutcomes> {
    const scope = await this.scopes.resolve(viewer, input);
    return scope.release
      ? this.releases.surveyOutcomes(scope.release, instrument, from, to)
      : this.computeForScope(scope, instrument, from, to);
  }

  /**
   * The outcomes of each in-scope cohort (sorted by key), each equal to the answer for a scope of
   * that one cohort. A funder user gets its release's answer per cohort, the very cells a filter
   * on that cohort shows; everyone else's come from one fetch, split by cohort here.
   */
  async getSurveyOutcomesByCohort(
    viewer: Viewer,
    instrument: string,
    from: WaveKind,
    to: WaveKind,
    input: ScopeInput | null | undefined,
  ): Promise<{ cohort: string; outcomes: SurveyOutcomes }[]> {
    const scope = await this.scopes.resolve(viewer, input);
    const release = scope.release;
    if (release)
      return Promise.all(
        scope.cohortKeys.map(async (cohort) => ({
          cohort,
          outcomes: await this.releases.surveyOutcomes({ ...release, cohort }, instrument, from, to),
        })),
      );
    const fetched = await this.fetch(scope, instrument, from, to);
    // A participant counts for a cohort only through its enrollment there (DOMAIN.md "Scope"),
    // and every row carries that enrollment's cohort: the split is the single-cohort answer.
    return scope.cohortKeys.map((cohort, index) => ({
      cohort,
      outcomes: outcomesOf(fetched, from, to, {
        responses: fetched.responses.filter((row) => row.cohort_id === scope.cohortIds[index]),
        waves: fetched.waves.filter((row) => row.cohort === cohort),
      }),
    }));
  }

  /** Exact outcomes from wave `from` to wave `to` for a resolved scope (a release is built from these). */
  async computeForScope(
    scope: ResolvedScope,
    instrument: string,
    from: WaveKind,
    to: WaveKind,
  ): Promise<SurveyOutcomes> {
    const fetched = await this.fetch(scope, instrument, from, to);
    return outcomesOf(fetched, from, to, fetched);
  }

  /** The instrument, the latest responses in both waves and the response rates: three queries. */
  private async fetch(
    scope: ResolvedScope,
    instrument: string,
    from: WaveKind,
    to: WaveKind,
  ): Promise<Fetched> {
    const [found, responses, waves] = await Promise.all([
      this.repository.findInstrument(instrument),
      this.repository.latestResponses(scope, instrument, [toStoredWave(from), toStoredWave(to)]),
      this.repository.responseRates(scope, instrument),
    ]);
    if (!found) throw unknownInstrument(instrument);
    return { instrument: found, responses, waves };
  }
}

interface Fetched {
  instrument: SurveyInstrument;
  responses: LatestResponseRow[];
  waves: StoredResponseRateRow[];
}

/** The outcomes over some of the fetched rows (all of them, or one cohort's). */
function outcomesOf(
  { instrument }: Fetched,
  from: WaveKind,
  to: WaveKind,
  { responses, waves }: Pick<Fetched, 'responses' | 'waves'>,
): SurveyOutcomes {
  return computeSurveyOutcomes({
    instrument: instrument.key,
    from,
    to,
    items: instrument.items,
    fromResponses: inWave(responses, from, instrument),
    toResponses: inWave(responses, to, instrument),
    waves: waves.map((row) => ({ ...row, wave: fromStoredWave(row.wave) })),
  });
}

/** The responses of one wave kind as a matrix, keyed by enrollment so that from- and to-wave pair up. */
function inWave(
  rows: readonly LatestResponseRow[],
  kind: WaveKind,
  instrument: SurveyInstrument,
): SurveyResponses {
  const wave = toStoredWave(kind);
  const selected = rows.filter((row) => row.wave === wave);
  const answers = new Float64Array(selected.length * instrument.items.length).fill(Number.NaN);
  selected.forEach((row, index) => {
    writeAnswersInItemOrder(row, instrument, answers, index);
  });
  return { keys: selected.map((row) => `${row.participant_id}|${row.cohort_id}`), answers };
}
