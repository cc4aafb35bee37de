import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope/scope.module.js';
import { FunderReleases } from './funder-releases.service.js';
import { ReleasesRepository } from './releases.repository.js';

/** Funder releases; imported by every feature whose answers a funder may get (each provides its computation). */
@Module({
  imports: [ScopeModule],
  providers: [ReleasesRepository, FunderReleases],
  exports: [FunderReleases],
})
export class ReleasesModule {}
