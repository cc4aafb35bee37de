import { Module } from '@nestjs/common';
import { ScopeRepository } from './scope.repository.js';
import { ScopeService } from './scope.service.js';

/** Resolves every metric query's scope; imported by each metric feature. */
@Module({ providers: [ScopeRepository, ScopeService], exports: [ScopeService] })
export class ScopeModule {}
