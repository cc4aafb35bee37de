import { STATE_CODES } from '@mintq/metrics';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import type { ResolvedScope } from './resolved-scope.js';
import { ScopeRepository } from './scope.repository.js';
import type { ScopeInput } from './scope.types.js';

const badInput = (message: string) => new BadUserInputError(message);
const forbidden = (message: string) => new ForbiddenError(message);

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
   * A funder's whole scope with suppression, exactly as a FUNDER user of that funder gets it,
   * whoever asks: funder reports leave the house, so they are computed on this.
   */
  resolveSuppressedForFunder(
    funderKey: string,
    period: { from: string | null; to: string | null },
    now = new Date(),
  ): Promise<ResolvedScope> {
    const asFunder: Viewer = { userId: 0, email: '', role: 'FUNDER', funderId: null, funderKey };
    return this.resolve(asFunder, { funder: funderKey, from: period.from, to: period.to }, now);
  }

  async resolve(
    viewer: Viewer,
    input: ScopeInput | null | undefined,
    now = new Date(),
  ): Promise<ResolvedScope> {
    const requestedCohorts = input?.cohorts?.length ? [...new Set(input.cohorts)] : null;
    const requestedStates = input?.states?.length ? [...new Set(input.states)] : null;
    const from = input?.from ?? null;
    const to = input?.to ?? null;
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== null && !DATE.test(value)) throw badInput(`${name} must be a date YYYY-MM-DD`);
    }
    if (from !== null && to !== null && from > to) throw badInput('from must not be after to');

    const unknownStates = (requestedStates ?? []).filter((s) => !STATE_CODES.includes(s as never));
    if (unknownStates.length > 0) throw badInput(`unknown state code(s): ${unknownStates.join(', ')}`);

    const cohorts = await this.repository.listCohorts();
    const unknownCohorts = (requestedCohorts ?? []).filter((key) => !cohorts.some((c) => c.key === key));
    if (unknownCohorts.length > 0) throw badInput(`unknown cohort(s): ${unknownCohorts.join(', ')}`);

    let funderKey = input?.funder ?? null;
    if (viewer.role === 'FUNDER') {
      if (funderKey !== null && funderKey !== viewer.funderKey)
        throw forbidden("a funder user sees only its own funder's scope");
      funderKey = viewer.funderKey;
      if (funderKey === null) throw forbidden('this funder user belongs to no funder');
    }

    let inScope = requestedCohorts ? cohorts.filter((c) => requestedCohorts.includes(c.key)) : cohorts;
    let funder: ResolvedScope['funder'] = null;
    if (funderKey !== null) {
      const found = await this.repository.findFunderLines(funderKey);
      if (!found) throw badInput(`unknown funder: ${funderKey}`);
      funder = {
        id: found.id,
        key: found.key,
        openCohortIds: [...new Set(found.lines.filter((l) => l.stateCode === null).map((l) => l.cohortId))],
        stateLines: found.lines.flatMap((l) =>
          l.stateCode === null ? [] : [{ cohortId: l.cohortId, state: l.stateCode }],
        ),
      };
      const funded = new Set(found.lines.map((l) => l.cohortId));
      if (viewer.role === 'FUNDER') {
        const outside = inScope.filter((c) => !funded.has(c.id)).map((c) => c.key);
        if (requestedCohorts && outside.length > 0)
          throw forbidden(`cohort(s) outside your funding lines: ${outside.join(', ')}`);
        // An open line funds every state; otherwise only the states the lines name.
        const open = found.lines.some((l) => l.stateCode === null);
        const covered = new Set(found.lines.map((l) => l.stateCode));
        const outsideStates = open ? [] : (requestedStates ?? []).filter((s) => !covered.has(s));
        if (outsideStates.length > 0)
          throw forbidden(`state(s) outside your funding lines: ${outsideStates.join(', ')}`);
      }
      inScope = inScope.filter((c) => funded.has(c.id));
    }

    return {
      cohortIds: inScope.map((c) => c.id),
      cohortKeys: inScope.map((c) => c.key),
      states: requestedStates,
      funder,
      from,
      to,
      asOf: to ?? todayInBerlin(now),
      suppressionK: viewer.role === 'FUNDER' ? this.config.suppressionK : null,
    };
  }
}
