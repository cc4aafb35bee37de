import { Query, Resolver } from '@nestjs/graphql';
import { CohortsRepository } from './cohorts.repository.js';
import { CohortType } from './cohorts.types.js';

@Resolver(() => CohortType)
export class CohortsResolver {
  constructor(private readonly repository: CohortsRepository) {}

  @Query(() => [CohortType], { description: 'All cohorts, sorted by key.' })
  async cohorts(): Promise<CohortType[]> {
    const rows = await this.repository.listCohorts();
    return rows.map((r) => ({ key: r.key, label: r.label, startsOn: r.starts_on, endsOn: r.ends_on }));
  }
}
