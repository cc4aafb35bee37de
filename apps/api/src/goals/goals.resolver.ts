import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { GoalsService } from './goals.service.js';
import { GoalAttainmentType } from './goals.types.js';

@Resolver(() => GoalAttainmentType)
export class GoalsResolver {
  constructor(private readonly service: GoalsService) {}

  @Query(() => GoalAttainmentType, {
    description: 'Impact goals as of `scope.to` (default today), DOMAIN.md "Goal attainment".',
  })
  goalAttainment(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<GoalAttainmentType> {
    return this.service.getGoalAttainment(viewer, scope);
  }
}
