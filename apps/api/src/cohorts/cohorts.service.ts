import { type CohortFunnel, computeCohortFunnel, suppressSmallNumbers } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { CohortsRepository } from './cohorts.repository.js';
import type { CohortType } from './cohorts.types.js';

@Injectable()
export class CohortsService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: CohortsRepository,
  ) {}

  /** Every cohort: structural data, never suppressed. */
  async listCohorts(): Promise<CohortType[]> {
    const rows = await this.repository.listCohorts();
    return rows.map((r) => ({ key: r.key, label: r.label, startsOn: r.starts_on, endsOn: r.ends_on }));
  }

  async getCohortFunnel(viewer: Viewer, input: ScopeInput | null | undefined): Promise<CohortFunnel[]> {
    return this.computeFunnelForScope(await this.scopes.resolve(viewer, input));
  }

  /** The funnel per in-scope cohort (for a funder: the cohorts it funds). */
  async computeFunnelForScope(scope: ResolvedScope): Promise<CohortFunnel[]> {
    const funnel = computeCohortFunnel({ cohorts: await this.repository.funnel(scope) });
    return scope.suppressionK === null
      ? funnel
      : suppressSmallNumbers({ tree: funnel, k: scope.suppressionK });
  }
}
