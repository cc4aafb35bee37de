import { Args, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { NetworkReachService } from './network-reach.service.js';
import { InitiativeReachType, NetworkReachType } from './network-reach.types.js';

@Resolver()
export class NetworkReachResolver {
  constructor(private readonly service: NetworkReachService) {}

  // Not for FUNDER users: per-network counts are unsuppressed and outside any funder's release.
  @Can('readPseudonymisedRows')
  @Query(() => [NetworkReachType], {
    description:
      'The networks of a state (by name) with the reach of the scope’s multipliers there: the drill-down below `reach.byState`. Not for FUNDER users.',
  })
  networkReach(
    @CurrentViewer() viewer: Viewer,
    @Args('state', { type: () => String }) state: string,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<NetworkReachType[]> {
    return this.service.networksOfState(viewer, state, scope);
  }

  @Can('readPseudonymisedRows')
  @Query(() => [InitiativeReachType], {
    description:
      'The initiatives of a network (most activities first) with how often the scope’s multipliers reached them. Not for FUNDER users.',
  })
  initiativeReach(
    @CurrentViewer() viewer: Viewer,
    @Args('network', { type: () => String }) network: string,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<InitiativeReachType[]> {
    return this.service.initiativesOfNetwork(viewer, network, scope);
  }
}
