import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { ReachService } from './reach.service.js';
import { ReachType } from './reach.types.js';

@Resolver(() => ReachType)
export class ReachResolver {
  constructor(private readonly service: ReachService) {}

  @Query(() => ReachType, { description: 'The multiplier cascade of a scope (DOMAIN.md "Reach").' })
  reach(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<ReachType> {
    return this.service.getReach(viewer, scope);
  }
}
