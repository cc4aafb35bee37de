import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { ItemDistributionsRepository } from './item-distributions.repository.js';
import { ItemDistributionsResolver } from './item-distributions.resolver.js';
import { ItemDistributionsService } from './item-distributions.service.js';

/** `surveyItemDistributions`; exports the service for funder reports. */
@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [ItemDistributionsRepository, ItemDistributionsService, ItemDistributionsResolver],
  exports: [ItemDistributionsService],
})
export class ItemDistributionsModule {}
