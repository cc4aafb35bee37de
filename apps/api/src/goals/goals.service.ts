import type { GoalAttainment } from '@mintq/contract';
import { computeGoalAttainment } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { GoalsRepository } from './goals.repository.js';

@Injectable()
export class GoalsService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: GoalsRepository,
    private readonly releases: FunderReleases,
  ) {
    releases.provide('goalAttainment', (scope) => this.computeForScope(scope));
  }

  /** A funder user's answer comes from its release; everyone else's is computed exactly. */
  async getGoalAttainment(viewer: Viewer, input: ScopeInput | null | undefined): Promise<GoalAttainment> {
    const scope = await this.scopes.resolve(viewer, input);
    return scope.release ? this.releases.goalAttainment(scope.release) : this.computeForScope(scope);
  }

  /** Exact goal attainment as of the scope's date (a release is built from these). */
  async computeForScope(scope: ResolvedScope): Promise<GoalAttainment> {
    const goals = await this.repository.goalRows(scope);
    return computeGoalAttainment({ goals, asOf: scope.asOf });
  }
}
