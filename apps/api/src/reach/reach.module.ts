import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { NetworkReachRepository } from './network-reach.repository.js';
import { NetworkReachResolver } from './network-reach.resolver.js';
import { NetworkReachService } from './network-reach.service.js';
import { ReachRepository } from './reach.repository.js';
import { ReachResolver } from './reach.resolver.js';
import { ReachService } from './reach.service.js';

@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [
    ReachRepository,
    ReachService,
    ReachResolver,
    NetworkReachRepository,
    NetworkReachService,
    NetworkReachResolver,
  ],
  exports: [ReachService],
})
export class ReachModule {}
