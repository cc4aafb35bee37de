import { computeGoalAttainment, type GoalAttainment, suppressSmallNumbers } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { GoalsRepository } from './goals.repository.js';

@Injectable()
export class GoalsService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: GoalsRepository,
  ) {}

  async getGoalAttainment(viewer: Viewer, input: ScopeInput | null | undefined): Promise<GoalAttainment> {
    return this.computeForScope(await this.scopes.resolve(viewer, input));
  }

  /** Goal attainment as of the scope's date (also what funder reports call). */
  async computeForScope(scope: ResolvedScope): Promise<GoalAttainment> {
    const goals = await this.repository.goalRows(scope);
    const attainment = computeGoalAttainment({ goals, asOf: scope.asOf });
    return scope.suppressionK === null
      ? attainment
      : suppressSmallNumbers({ tree: attainment, k: scope.suppressionK });
  }
}
