import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { ReachRepository } from './reach.repository.js';
import { ReachResolver } from './reach.resolver.js';
import { ReachService } from './reach.service.js';

@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [ReachRepository, ReachService, ReachResolver],
  exports: [ReachService],
})
export class ReachModule {}
