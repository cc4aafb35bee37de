import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { GoalsRepository } from './goals.repository.js';
import { GoalsResolver } from './goals.resolver.js';
import { GoalsService } from './goals.service.js';
import { OverdueGoalsRepository } from './overdue-goals.repository.js';
import { OverdueGoalsResolver } from './overdue-goals.resolver.js';
import { OverdueGoalsService } from './overdue-goals.service.js';

@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [
    GoalsRepository,
    GoalsService,
    GoalsResolver,
    OverdueGoalsRepository,
    OverdueGoalsService,
    OverdueGoalsResolver,
  ],
  exports: [GoalsService],
})
export class GoalsModule {}
