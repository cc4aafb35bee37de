import { Module } from '@nestjs/common';
import { CohortsRepository } from './cohorts.repository.js';
import { CohortsResolver } from './cohorts.resolver.js';

@Module({ providers: [CohortsRepository, CohortsResolver] })
export class CohortsModule {}
