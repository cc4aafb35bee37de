import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope/scope.module.js';
import { ReachRepository } from './reach.repository.js';
import { ReachResolver } from './reach.resolver.js';
import { ReachService } from './reach.service.js';

@Module({
  imports: [ScopeModule],
  providers: [ReachRepository, ReachService, ReachResolver],
  exports: [ReachService],
})
export class ReachModule {}
