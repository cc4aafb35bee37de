import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { CohortsService } from './cohorts.service.js';
import { CohortFunnelType, CohortType } from './cohorts.types.js';

@Resolver(() => CohortType)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Query(() => [CohortType], { description: 'All cohorts, sorted by key.' })
  cohorts(): Promise<CohortType[]> {
    return this.service.listCohorts();
  }

  @Query(() => [CohortFunnelType], {
    description: 'The funnel per in-scope cohort, sorted by key (DOMAIN.md "Cohort funnel").',
  })
  cohortFunnel(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<CohortFunnelType[]> {
    return this.service.getCohortFunnel(viewer, scope);
  }
}
