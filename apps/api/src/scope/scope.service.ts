import { can, STATE_CODES } from '@mintq/contract';
import { excerpt } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import { capabilityDenied } from '../auth/capability.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { because } from '../errors/mintq-error.js';
import {
  capDate,
  describeAllowedPeriods,
  parseReleasePeriod,
  periodDates,
  type ReleaseLocation,
  releaseYears,
} from '../releases/release-space.js';
import type { ResolvedScope } from './resolved-scope.js';
import { ScopeRepository } from './scope.repository.js';
import type { ScopeInput } from './scope.types.js';

type Reason = ReturnType<typeof because>;
const badInput = (message: string, reason: Reason) => new BadUserInputError(message, reason);
const forbidden = (message: string, reason: Reason) => new ForbiddenError(message, reason);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Germany, as YYYY-MM-DD: the default as-of date. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/**
 * Turns a viewer's ScopeInput into the scope every query filters by. FUNDER users are
 * confined to their own funder's lines: their filters can only narrow that, and asking for
 * another funder, or a cohort or state their lines do not cover, is FORBIDDEN.
 */
@Injectable()
export class ScopeService {
  constructor(
    private readonly repository: ScopeRepository,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
  ) {}

  /**
   * The exact scope behind one answer of a funder's release: the funder's lines, the cohort
   * and the period's dates, with people counted (`suppressionK`) and nothing suppressed yet.
   */
  async resolveForRelease(location: ReleaseLocation): Promise<ResolvedScope> {
    const { from, to } = periodDates(location.period, location.cap);
    const scope = await this.resolve(
      { userId: 0, email: '', role: 'ADMIN', funderId: null, funderKey: null },
      { funder: location.funderKey, cohorts: location.cohort === null ? null : [location.cohort], from, to },
    );
    return { ...scope, suppressionK: this.config.suppressionK };
  }

  /** The periods of a funder's release as of `now`: its cap and calendar years. */
  async releasePeriodsOf(funderKey: string, now = new Date()): Promise<{ cap: string; years: number[] }> {
    const [cohorts, found] = await Promise.all([
      this.repository.listCohorts(),
      this.repository.findFunderLines(funderKey),
    ]);
    if (!found) throw unknownFunder(funderKey);
    const funded = new Set(found.lines.map((l) => l.cohortId));
    return this.periodsOf(
      cohorts.filter((c) => funded.has(c.id)),
      now,
    );
  }

  /** The start of the earliest cohort of a resolved scope (a funder's release starts there). */
  async firstFundedStart(scope: ResolvedScope): Promise<string | null> {
    const cohorts = await this.repository.listCohorts();
    return firstStart(cohorts.filter((c) => scope.cohortIds.includes(c.id)));
  }

  private periodsOf(funded: readonly { starts_on: string }[], now: Date) {
    const cap = capDate(todayInBerlin(now));
    return { cap, years: releaseYears(firstStart(funded), cap) };
  }

  async resolve(
    viewer: Viewer,
    input: ScopeInput | null | undefined,
    now = new Date(),
  ): Promise<ResolvedScope> {
    // Every metric resolves its scope here: a role without metrics (a coordinator) stops first.
    if (!can(viewer.role, 'readMetrics')) throw capabilityDenied('readMetrics');
    const requestedCohorts = input?.cohorts?.length ? [...new Set(input.cohorts)] : null;
    const requestedStates = input?.states?.length ? [...new Set(input.states)] : null;
    const from = input?.from ?? null;
    const to = input?.to ?? null;
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== null && !DATE.test(value))
        throw badInput(`${name} must be a date YYYY-MM-DD`, because('DATE_INVALID', { field: name }));
    }
    if (from !== null && to !== null && from > to)
      throw badInput('from must not be after to', because('PERIOD_REVERSED'));

    const unknownStates = (requestedStates ?? []).filter((s) => !STATE_CODES.includes(s as never));
    if (unknownStates.length > 0)
      throw badInput(
        `unknown state code(s): ${excerpt(unknownStates.join(', '))}`,
        because('UNKNOWN_STATES', { values: excerpt(unknownStates.join(', ')) }),
      );

    const cohorts = await this.repository.listCohorts();
    const unknownCohorts = (requestedCohorts ?? []).filter((key) => !cohorts.some((c) => c.key === key));
    if (unknownCohorts.length > 0)
      throw badInput(
        `unknown cohort(s): ${excerpt(unknownCohorts.join(', '))}`,
        because('UNKNOWN_COHORTS', { values: excerpt(unknownCohorts.join(', ')) }),
      );

    let funderKey = input?.funder ?? null;
    if (!can(viewer.role, 'readEveryScope')) {
      if (funderKey !== null && funderKey !== viewer.funderKey)
        throw forbidden("a funder user sees only its own funder's scope", because('OTHER_FUNDER'));
      funderKey = viewer.funderKey;
      if (funderKey === null) throw forbidden('this funder user belongs to no funder', because('NO_FUNDER'));
    }

    let inScope = requestedCohorts ? cohorts.filter((c) => requestedCohorts.includes(c.key)) : cohorts;
    let funder: ResolvedScope['funder'] = null;
    if (funderKey !== null) {
      const found = await this.repository.findFunderLines(funderKey);
      if (!found) throw unknownFunder(funderKey);
      funder = {
        id: found.id,
        key: found.key,
        openCohortIds: [...new Set(found.lines.filter((l) => l.stateCode === null).map((l) => l.cohortId))],
        stateLines: found.lines.flatMap((l) =>
          l.stateCode === null ? [] : [{ cohortId: l.cohortId, state: l.stateCode }],
        ),
      };
      const funded = new Set(found.lines.map((l) => l.cohortId));
      if (!can(viewer.role, 'readEveryScope')) {
        const outside = inScope.filter((c) => !funded.has(c.id)).map((c) => c.key);
        if (requestedCohorts && outside.length > 0)
          throw forbidden(
            `cohort(s) outside your funding lines: ${excerpt(outside.join(', '))}`,
            because('COHORTS_OUTSIDE_FUNDING', { values: excerpt(outside.join(', ')) }),
          );
        // An open line funds every state; otherwise only the states the lines name.
        const open = found.lines.some((l) => l.stateCode === null);
        const covered = new Set(found.lines.map((l) => l.stateCode));
        const outsideStates = open ? [] : (requestedStates ?? []).filter((s) => !covered.has(s));
        if (outsideStates.length > 0)
          throw forbidden(
            `state(s) outside your funding lines: ${excerpt(outsideStates.join(', '))}`,
            because('STATES_OUTSIDE_FUNDING', { values: excerpt(outsideStates.join(', ')) }),
          );
      }
      inScope = inScope.filter((c) => funded.has(c.id));
    }

    const released =
      !can(viewer.role, 'readEveryScope') && funder !== null
        ? this.confineToRelease(funder, requestedStates, requestedCohorts, { from, to }, cohorts, now)
        : null;
    const covered = released ?? { cohorts: inScope, from, to, release: null };
    return {
      cohortIds: covered.cohorts.map((c) => c.id),
      cohortKeys: covered.cohorts.map((c) => c.key),
      // Null for a release: it covers every state of the funder's lines, and confineToRelease refuses states.
      states: requestedStates,
      funder,
      from: covered.from,
      to: covered.to,
      asOf: covered.to ?? todayInBerlin(now),
      suppressionK: released === null ? null : this.config.suppressionK,
      release: covered.release,
    };
  }

  /**
   * A funder user's question must be one of its release (docs/privacy.md "The funder's query
   * space"): anything else could be differenced against it, so it is refused, saying what is allowed.
   * Returns the release's answer, its cohorts and its dates.
   */
  private confineToRelease(
    funder: NonNullable<ResolvedScope['funder']>,
    states: string[] | null,
    requested: string[] | null,
    dates: { from: string | null; to: string | null },
    cohorts: readonly { id: number; key: string; starts_on: string }[],
    now: Date,
  ) {
    const fundedIds = new Set([...funder.openCohortIds, ...funder.stateLines.map((l) => l.cohortId)]);
    const funded = cohorts.filter((c) => fundedIds.has(c.id));
    if (states !== null)
      throw badInput(
        'funder views cover every state of the funding lines: send no states (per-state figures are the rows of reach.byState)',
        because('FUNDER_STATES'),
      );
    if (requested !== null && requested.length > 1)
      throw badInput(
        'send no cohorts (all funded cohorts together) or exactly one funded cohort',
        because('FUNDER_COHORTS'),
      );
    const { cap, years } = this.periodsOf(funded, now);
    const period = parseReleasePeriod(dates.from, dates.to, years);
    if (period === null)
      throw badInput(
        `the period must be ${describeAllowedPeriods(years)}`,
        because('FUNDER_PERIOD', { first: years[0] ?? 0, last: years.at(-1) ?? 0 }),
      );
    const release: ReleaseLocation = { funderKey: funder.key, cohort: requested?.[0] ?? null, period, cap };
    const { from, to } = periodDates(period, cap);
    return {
      cohorts: release.cohort === null ? funded : funded.filter((c) => c.key === release.cohort),
      from,
      to,
      release,
    };
  }
}

/** The error for a funder key no funder has (shared with the funder releases). */
export function unknownFunder(key: string): BadUserInputError {
  return new BadUserInputError(
    `unknown funder: ${excerpt(key)}`,
    because('UNKNOWN_FUNDER', { value: excerpt(key) }),
  );
}

function firstStart(cohorts: readonly { starts_on: string }[]): string | null {
  return cohorts.map((c) => c.starts_on).sort()[0] ?? null;
}
