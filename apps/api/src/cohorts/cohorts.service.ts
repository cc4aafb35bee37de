import type { CohortFunnel } from '@mintq/contract';
import { computeCohortFunnel } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
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
    private readonly releases: FunderReleases,
  ) {
    releases.provide('cohortFunnel', (scope) => this.computeFunnelForScope(scope));
  }

  /** Every cohort: structural data, never suppressed. */
  async listCohorts(): Promise<CohortType[]> {
    const rows = await this.repository.listCohorts();
    return rows.map((r) => ({ key: r.key, label: r.label, startsOn: r.starts_on, endsOn: r.ends_on }));
  }

  /** A funder user's answer comes from its release; everyone else's is computed exactly. */
  async getCohortFunnel(viewer: Viewer, input: ScopeInput | null | undefined): Promise<CohortFunnel[]> {
    const scope = await this.scopes.resolve(viewer, input);
    return scope.release ? this.releases.cohortFunnel(scope.release) : this.computeFunnelForScope(scope);
  }

  /** The exact funnel per in-scope cohort (for a funder: the cohorts it funds). */
  async computeFunnelForScope(scope: ResolvedScope): Promise<CohortFunnel[]> {
    return computeCohortFunnel({ cohorts: await this.repository.funnel(scope) });
  }
}
