import { Query, Resolver } from '@nestjs/graphql';
import { FundersRepository } from './funders.repository.js';
import { FunderType } from './funders.types.js';

@Resolver(() => FunderType)
export class FundersResolver {
  constructor(private readonly repository: FundersRepository) {}

  @Query(() => [FunderType], { description: 'All funders, sorted by key.' })
  funders(): Promise<FunderType[]> {
    return this.repository.listFunders();
  }
}
