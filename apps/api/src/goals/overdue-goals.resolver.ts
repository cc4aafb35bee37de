import { Args, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { OverdueGoalsService } from './overdue-goals.service.js';
import { OverdueGoalType } from './overdue-goals.types.js';

@Resolver(() => OverdueGoalType)
export class OverdueGoalsResolver {
  constructor(private readonly service: OverdueGoalsService) {}

  // Analysts too: the list holds pseudonymous keys only, as `participants` does for them.
  @Can('readPseudonymisedRows')
  @Query(() => [OverdueGoalType], {
    description:
      'Goals overdue as of `scope.to` (default today), sorted by due date; as many as `goalAttainment.overdue`. Not for FUNDER users.',
  })
  overdueGoals(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<OverdueGoalType[]> {
    return this.service.listOverdueGoals(viewer, scope);
  }
}
