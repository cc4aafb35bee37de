import { computeReach, type Reach, suppressSmallNumbers } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { ReachRepository } from './reach.repository.js';

@Injectable()
export class ReachService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: ReachRepository,
  ) {}

  async getReach(viewer: Viewer, input: ScopeInput | null | undefined): Promise<Reach> {
    return this.computeForScope(await this.scopes.resolve(viewer, input));
  }

  /** The cascade for an already resolved scope (also what funder reports call). */
  async computeForScope(scope: ResolvedScope): Promise<Reach> {
    const reach = computeReach(await this.repository.reach(scope));
    return scope.suppressionK === null ? reach : suppressSmallNumbers({ tree: reach, k: scope.suppressionK });
  }
}
