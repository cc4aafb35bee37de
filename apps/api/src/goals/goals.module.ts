import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope/scope.module.js';
import { GoalsRepository } from './goals.repository.js';
import { GoalsResolver } from './goals.resolver.js';
import { GoalsService } from './goals.service.js';

@Module({
  imports: [ScopeModule],
  providers: [GoalsRepository, GoalsService, GoalsResolver],
  exports: [GoalsService],
})
export class GoalsModule {}
