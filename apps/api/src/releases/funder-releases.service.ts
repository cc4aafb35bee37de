import type {
  CohortFunnel,
  EventFeedback,
  GoalAttainment,
  MonthReach,
  Reach,
  SurveyOutcomes,
  WaveKind,
} from '@mintq/contract';
import { ReleaseProtector } from '@mintq/metrics/worker';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';
import { ServiceUnavailableError } from '../errors/service-unavailable.error.js';
import { JobQueue } from '../jobs/job-queue.js';
import { describeError } from '../logging/describe-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService, unknownFunder } from '../scope/scope.service.js';
import type { ItemDistribution } from '../surveys/item-distributions.service.js';
import { cohortChoices, describeRelease, type ReleaseShape } from './describe-release.js';
import { publishRelease } from './publish-release.js';
import { eventKey, itemsKey, periodKey, type ReleaseAnswers, surveyKey } from './release-answers.js';
import {
  monthsBetween,
  periodDates,
  RELEASE_COMPARISONS,
  RELEASE_ITEM_WAVES,
  RELEASE_LANGUAGES,
  type ReleaseLocation,
  type ReleasePeriod,
  releaseYears,
} from './release-space.js';
import { type ReleaseKey, ReleasesRepository } from './releases.repository.js';

/** Bump when the release logic changes: releases built by older logic are then built again. */
export const RELEASE_VERSION = 1;

/** The exact computations a release is made of; each feature service provides its own. */
export interface ReleaseComputers {
  reach(scope: ResolvedScope): Promise<Reach>;
  cohortFunnel(scope: ResolvedScope): Promise<CohortFunnel[]>;
  goalAttainment(scope: ResolvedScope): Promise<GoalAttainment>;
  surveyOutcomes(
    scope: ResolvedScope,
    instrument: string,
    from: WaveKind,
    to: WaveKind,
  ): Promise<SurveyOutcomes>;
  surveyItemDistributions(
    scope: ResolvedScope,
    instrument: string,
    wave: WaveKind,
    language: 'de' | 'en',
  ): Promise<ItemDistribution[]>;
  eventFeedback(scope: ResolvedScope, instrument: string): Promise<EventFeedback>;
}

/** What the audit of a release found, for `mintq audit` and the release's own record. */
export interface ReleaseAuditSummary {
  funder: string;
  cap: string;
  k: number;
  cells: number;
  objects: number;
  relations: number;
  hiddenObjects: number;
  hiddenCells: number;
  /** Hidden counts of people with true value 1 … k−1, each audited. */
  audited: number;
  passed: boolean;
  /** The audited cell whose interval is narrowest, with its interval (none when nothing was audited). */
  narrowest: { cell: string; min: number; max: number } | null;
  failures: { cell: string; min: number; max: number }[];
  seconds: number;
}

/** A release as the funder's answers read it. */
export interface FunderRelease {
  answers: ReleaseAnswers;
  audit: ReleaseAuditSummary;
}

/** The job that builds one funder's release ahead of its first request. */
export const RELEASE_JOB = 'funder-release';

/**
 * Funder releases (docs/privacy.md): every answer a funder may get, computed together from
 * exact numbers, suppressed jointly, audited by the attacker's linear programmes and stored per
 * data version, cap month and k. Funder users' queries and funder reports read only these.
 */
@Injectable()
export class FunderReleases implements OnApplicationShutdown {
  private computers: Partial<ReleaseComputers> = {};
  private readonly building = new Map<string, Promise<FunderRelease>>();
  private readonly cache = new Map<string, FunderRelease>();
  private readonly protector = new ReleaseProtector();

  /** Set by `serve`: every import is followed by building every funder's new release. */
  warmAfterImports = false;

  constructor(
    private readonly repository: ReleasesRepository,
    private readonly scopes: ScopeService,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
    private readonly jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    jobs.register(RELEASE_JOB, (key) => this.buildJob(key));
  }

  /**
   * Builds every funder's release as of now that is not built yet, one after the other, each
   * as a job (so that several instances build each once), in the background of `serve` and
   * after each import: a funder's first request otherwise waited for its release, tens of
   * seconds on the embedded database. Never throws; a failure is logged and the release is
   * built on request as before.
   */
  async warmAll(): Promise<void> {
    try {
      const dataVersion = await this.repository.dataVersion();
      for (const funderKey of await this.repository.funderKeys()) {
        const { cap } = await this.scopes.releasePeriodsOf(funderKey);
        const key = [funderKey, cap, dataVersion, this.config.suppressionK, RELEASE_VERSION].join('|');
        await this.jobs.perform(RELEASE_JOB, key, { timeoutMs: 30 * 60_000 });
      }
    } catch (error) {
      this.logger.warn({ error: describeError(error) }, 'building the funder releases ahead failed');
    }
  }

  /** After an import: the releases of the new data version, built ahead when `serve` asked for it. */
  afterImport(): void {
    if (this.warmAfterImports) void this.warmAll();
  }

  /** The job `funder-release`, keyed `funder|cap|data version|k|logic version`. */
  private async buildJob(key: string): Promise<void> {
    const [funderKey, cap] = key.split('|') as [string, string];
    await this.load(funderKey, cap);
  }

  async onApplicationShutdown() {
    await this.protector.close();
  }

  /** Called by each feature service with its exact computation (the services depend on this, not the other way). */
  provide<K extends keyof ReleaseComputers>(name: K, compute: ReleaseComputers[K]): void {
    this.computers[name] = compute;
  }

  async reach(location: ReleaseLocation): Promise<Reach> {
    const { answers } = await this.release(location);
    return pick(answers.reach, periodKey(location.cohort, location.period), 'reach');
  }

  async cohortFunnel(location: ReleaseLocation): Promise<CohortFunnel[]> {
    const { answers } = await this.release(location);
    return pick(answers.cohortFunnel, periodKey(location.cohort, location.period), 'cohortFunnel');
  }

  async goalAttainment(location: ReleaseLocation): Promise<GoalAttainment> {
    const { answers } = await this.release(location);
    return pick(answers.goalAttainment, periodKey(location.cohort, location.period), 'goalAttainment');
  }

  async surveyOutcomes(location: ReleaseLocation, instrument: string, from: WaveKind, to: WaveKind) {
    const { answers } = await this.release(location);
    const found = answers.surveyOutcomes[surveyKey(instrument, from, to, location.cohort)];
    if (found) return found;
    throw new BadUserInputError(
      `funder views compare a self-assessment (${instrumentsOf(answers.surveyOutcomes)}) from PRE to POST or from PRE to FOLLOW_UP`,
      because('FUNDER_SURVEY'),
    );
  }

  async surveyItemDistributions(
    location: ReleaseLocation,
    instrument: string,
    wave: WaveKind,
    language: string,
  ) {
    const { answers } = await this.release(location);
    const found = answers.surveyItemDistributions[itemsKey(instrument, wave, location.cohort, language)];
    if (found) return found;
    throw new BadUserInputError(
      `funder views show the answers of a self-assessment (${instrumentsOf(answers.surveyItemDistributions)}) in PRE, POST or FOLLOW_UP`,
      because('FUNDER_SURVEY'),
    );
  }

  async eventFeedback(location: ReleaseLocation, instrument: string): Promise<EventFeedback> {
    const { answers } = await this.release(location);
    const found = answers.eventFeedback[eventKey(instrument, location.cohort)];
    if (found) return found;
    throw new BadUserInputError(
      `funder views show the feedback of an event instrument (${instrumentsOf(answers.eventFeedback)})`,
      because('FUNDER_SURVEY'),
    );
  }

  /**
   * The release of a funder as of a cap, from memory, the database, or built now (one build
   * per release, whoever asks meanwhile waits for it). One that failed its audit is never shown.
   */
  async release(location: Pick<ReleaseLocation, 'funderKey' | 'cap'>): Promise<FunderRelease> {
    const release = await this.load(location.funderKey, location.cap);
    if (!release.audit.passed)
      throw new ServiceUnavailableError(
        'these figures did not pass the privacy check and are withheld; the operator has been told',
      );
    return release;
  }

  /** The release, built if needed, whether or not it passed its audit (for `mintq audit`). */
  async load(funderKey: string, cap: string): Promise<FunderRelease> {
    const funder = await this.repository.findFunder(funderKey);
    if (!funder) throw unknownFunder(funderKey);
    const key: ReleaseKey = {
      funderId: funder.id,
      dataVersion: await this.repository.dataVersion(),
      cap,
      k: this.config.suppressionK,
      version: RELEASE_VERSION,
    };
    const id = JSON.stringify(key);
    const cached = this.cache.get(id);
    if (cached) return cached;
    let pending = this.building.get(id);
    if (!pending) {
      pending = this.fetchOrBuild(funderKey, key).finally(() => this.building.delete(id));
      this.building.set(id, pending);
    }
    const release = await pending;
    // Keep one release per funder in memory: an older data version is never read again.
    for (const other of this.cache.keys())
      if (JSON.parse(other).funderId === key.funderId) this.cache.delete(other);
    this.cache.set(id, release);
    return release;
  }

  private async fetchOrBuild(funderKey: string, key: ReleaseKey): Promise<FunderRelease> {
    const stored = await this.repository.find(key);
    if (stored) return { answers: JSON.parse(stored.answers), audit: JSON.parse(stored.audit) };
    const release = await this.build(funderKey, key.cap);
    await this.repository.insert(
      key,
      {
        passed: release.audit.passed,
        answers: JSON.stringify(release.answers),
        audit: JSON.stringify(release.audit),
      },
      new Date(),
    );
    // Another process may have stored the same release first: serve what is stored.
    const row = await this.repository.find(key);
    return row ? { answers: JSON.parse(row.answers), audit: JSON.parse(row.audit) } : release;
  }

  /**
   * Computes every answer of the funder's query space exactly, protects them jointly and
   * audits. `exactAudit` reports each audited cell's exact interval (for `mintq audit`) rather
   * than the proof that it spans [0, k].
   */
  async build(funderKey: string, cap: string, { exactAudit = false } = {}): Promise<FunderRelease> {
    const started = performance.now();
    const k = this.config.suppressionK;
    const whole = await this.scopes.resolveForRelease({ funderKey, cohort: null, period: 'all', cap });
    const firstStart = await this.scopes.firstFundedStart(whole);
    const years = releaseYears(firstStart, cap);
    const instruments = await this.repository.instruments(whole.cohortIds);
    const shape: ReleaseShape = {
      cohorts: whole.cohortKeys,
      periods: [
        { period: 'all', asOf: cap },
        ...years.map((year) => ({ period: year, asOf: periodDates(year, cap).to })),
      ],
      selfAssessments: instruments.filter((i) => i.kind === 'self_assessment').map((i) => i.key),
      events: instruments.filter((i) => i.kind === 'event_feedback').map((i) => i.key),
    };
    const answers = await this.computeExact(funderKey, cap, shape, firstStart);
    const cells = describeRelease(answers, shape);
    // Seconds of linear programmes: on a worker thread, so that other users are served meanwhile.
    const { protection, audited } = await this.protector.protect({
      objects: cells.objects,
      cells: cells.cells,
      relations: cells.relations,
      k,
      exactAudit,
    });
    publishRelease(cells, protection, k);
    // English item texts over the German answers' protected numbers.
    for (const key of Object.keys(answers.surveyItemDistributions).filter((key) => key.endsWith('|en'))) {
      const german = answers.surveyItemDistributions[`${key.slice(0, -3)}|de`] ?? [];
      const english = answers.surveyItemDistributions[key] ?? [];
      answers.surveyItemDistributions[key] = german.map((item, i) => ({
        ...item,
        text: english[i]?.text ?? item.text,
      }));
    }
    const narrowest = [...audited].sort((a, b) => width(a) - width(b))[0];
    return {
      answers,
      audit: {
        funder: funderKey,
        cap,
        k,
        cells: cells.cells.length,
        objects: cells.objects.length,
        relations: cells.relations.length,
        hiddenObjects: protection.hiddenObjects.size,
        hiddenCells: protection.hiddenCells.size,
        audited: audited.length,
        passed: audited.every((a) => a.protected),
        narrowest: narrowest ? { cell: narrowest.cell, min: narrowest.min, max: narrowest.max } : null,
        failures: audited.filter((a) => !a.protected).map(({ cell, min, max }) => ({ cell, min, max })),
        seconds: Math.round(performance.now() - started) / 1000,
      },
    };
  }

  private async computeExact(
    funderKey: string,
    cap: string,
    shape: ReleaseShape,
    firstStart: string | null,
  ): Promise<ReleaseAnswers> {
    const compute = this.computers as ReleaseComputers;
    for (const name of [
      'reach',
      'cohortFunnel',
      'goalAttainment',
      'surveyOutcomes',
      'surveyItemDistributions',
      'eventFeedback',
    ] as const) {
      if (!compute[name]) throw new Error(`release: no computation for ${name}`);
    }
    const answers: ReleaseAnswers = {
      reach: {},
      cohortFunnel: {},
      goalAttainment: {},
      surveyOutcomes: {},
      surveyItemDistributions: {},
      eventFeedback: {},
    };
    for (const cohort of cohortChoices(shape)) {
      for (const { period } of shape.periods) {
        const scope = await this.scopes.resolveForRelease({ funderKey, cohort, period, cap });
        const key = periodKey(cohort, period);
        answers.reach[key] = padMonths(await compute.reach(scope), monthsOf(period, cap, firstStart));
        answers.cohortFunnel[key] = await compute.cohortFunnel(scope);
        answers.goalAttainment[key] = await compute.goalAttainment(scope);
      }
      // Surveys do not depend on the period.
      const scope = await this.scopes.resolveForRelease({ funderKey, cohort, period: 'all', cap });
      for (const instrument of shape.selfAssessments) {
        for (const [from, to] of RELEASE_COMPARISONS) {
          answers.surveyOutcomes[surveyKey(instrument, from, to, cohort)] = await compute.surveyOutcomes(
            scope,
            instrument,
            from,
            to,
          );
        }
        for (const wave of RELEASE_ITEM_WAVES) {
          for (const language of RELEASE_LANGUAGES) {
            answers.surveyItemDistributions[itemsKey(instrument, wave, cohort, language)] =
              await compute.surveyItemDistributions(scope, instrument, wave, language);
          }
        }
      }
      for (const instrument of shape.events) {
        answers.eventFeedback[eventKey(instrument, cohort)] = await compute.eventFeedback(scope, instrument);
      }
    }
    return answers;
  }
}

/** An interval's width; an unbounded one sorts last. */
function width(interval: { min: number; max: number }): number {
  return Number.isFinite(interval.max - interval.min) ? interval.max - interval.min : Number.MAX_VALUE;
}

function pick<T>(record: Record<string, T>, key: string, query: string): T {
  const found = record[key];
  if (found === undefined) throw new Error(`release: no ${query} answer ${key}`);
  return found;
}

function instrumentsOf(record: Record<string, unknown>): string {
  return [...new Set(Object.keys(record).map((key) => key.split('|')[0]))].join(', ') || 'none';
}

/** The months a funder's monthly series lists: every month of the period, not only those with activities. */
function monthsOf(period: ReleasePeriod, cap: string, firstStart: string | null): string[] {
  const { from, to } = periodDates(period, cap);
  const first = from ?? firstStart ?? to;
  return first > to ? [] : monthsBetween(first, to);
}

/** A month without activities is shown as 0: a listed hidden month would otherwise say "someone was active". */
function padMonths(reach: Reach, months: readonly string[]): Reach {
  const byMonth = new Map(reach.byMonth.map((m) => [m.month, m]));
  const all = [...new Set([...months, ...byMonth.keys()])].sort();
  let cumulative = 0;
  const series: MonthReach[] = all.map((month) => {
    const found = byMonth.get(month);
    if (found) {
      cumulative = found.cumulativeInitiativesReached ?? cumulative;
      return found;
    }
    return {
      month,
      activities: 0,
      initiativesReached: 0,
      cumulativeInitiativesReached: cumulative,
      suppressed: false,
      people: 0,
    };
  });
  return { ...reach, byMonth: series };
}
