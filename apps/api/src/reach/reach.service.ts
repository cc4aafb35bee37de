import type { Reach } from '@mintq/contract';
import { computeReach } from '@mintq/metrics';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { ReachRepository } from './reach.repository.js';

@Injectable()
export class ReachService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: ReachRepository,
    private readonly releases: FunderReleases,
  ) {
    releases.provide('reach', (scope) => this.computeForScope(scope));
  }

  /** A funder user's answer comes from its release; everyone else's is computed exactly. */
  async getReach(viewer: Viewer, input: ScopeInput | null | undefined): Promise<Reach> {
    const scope = await this.scopes.resolve(viewer, input);
    return scope.release ? this.releases.reach(scope.release) : this.computeForScope(scope);
  }

  /** The exact cascade for a resolved scope (a release is built from these). */
  async computeForScope(scope: ResolvedScope): Promise<Reach> {
    return computeReach(await this.repository.reach(scope));
  }
}
