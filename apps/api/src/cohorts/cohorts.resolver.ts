import { Query, Resolver } from '@nestjs/graphql';
import { CohortsService } from './cohorts.service.js';
import { CohortType } from './cohorts.types.js';

@Resolver(() => CohortType)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Query(() => [CohortType], { description: 'All cohorts, sorted by key.' })
  cohorts(): Promise<CohortType[]> {
    return this.service.listCohorts();
  }
}
