import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { CohortHeadlinesService } from './cohort-headlines.service.js';
import { CohortHeadlinesType } from './cohort-headlines.types.js';

@Resolver(() => CohortHeadlinesType)
export class CohortHeadlinesResolver {
  constructor(private readonly service: CohortHeadlinesService) {}

  @Query(() => [CohortHeadlinesType], {
    description:
      'The overview’s headline numbers (reach, goal attainment) per in-scope cohort, sorted by key: each entry equals `reach` and `goalAttainment` for a scope of that one cohort.',
  })
  cohortHeadlines(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<CohortHeadlinesType[]> {
    return this.service.byCohort(viewer, scope);
  }
}
