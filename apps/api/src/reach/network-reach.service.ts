import { STATE_CODES } from '@mintq/contract';
import { excerpt } from '@mintq/schema';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { NetworkReachRepository } from './network-reach.repository.js';
import type { InitiativeReachType, NetworkReachType } from './network-reach.types.js';

/** A state's networks and a network's initiatives, for those who may see per-network counts. */
@Injectable()
export class NetworkReachService {
  constructor(
    private readonly scopes: ScopeService,
    private readonly repository: NetworkReachRepository,
  ) {}

  async networksOfState(
    viewer: Viewer,
    state: string,
    input: ScopeInput | null,
  ): Promise<NetworkReachType[]> {
    if (!STATE_CODES.includes(state as never))
      throw new BadUserInputError(`unknown state code: ${excerpt(state)}`);
    const scope = await this.resolve(viewer, input);
    return this.repository.stateNetworksQuery(scope, state).execute();
  }

  async initiativesOfNetwork(
    viewer: Viewer,
    network: string,
    input: ScopeInput | null,
  ): Promise<InitiativeReachType[]> {
    const [scope, known] = await Promise.all([
      this.resolve(viewer, input),
      this.repository.hasNetwork(network),
    ]);
    if (!known) throw new BadUserInputError(`unknown network: ${excerpt(network)}`);
    const rows = await this.repository.networkInitiativesQuery(scope, network).execute();
    return rows.map((r) => ({ ...r, kind: r.kind ?? null }));
  }

  private async resolve(viewer: Viewer, input: ScopeInput | null): Promise<ResolvedScope> {
    const scope = await this.scopes.resolve(viewer, input);
    // A network's counts stand for a handful of people and lie outside any funder's release:
    // a suppressed (funder) scope gets none (the resolver's capability already refuses funders).
    if (scope.suppressionK !== null)
      throw new ForbiddenError('per-network figures are not part of a funder release');
    return scope;
  }
}
