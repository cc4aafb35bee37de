import { Module } from '@nestjs/common';
import { ReachRepository } from '../reach/reach.repository.js';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { CohortHeadlinesRepository } from './cohort-headlines.repository.js';
import { CohortHeadlinesResolver } from './cohort-headlines.resolver.js';
import { CohortHeadlinesService } from './cohort-headlines.service.js';

@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [ReachRepository, CohortHeadlinesRepository, CohortHeadlinesService, CohortHeadlinesResolver],
})
export class CohortHeadlinesModule {}
