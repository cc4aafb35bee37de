import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { CohortsRepository } from './cohorts.repository.js';
import { CohortsResolver } from './cohorts.resolver.js';
import { CohortsService } from './cohorts.service.js';

@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [CohortsRepository, CohortsService, CohortsResolver],
  exports: [CohortsService],
})
export class CohortsModule {}
