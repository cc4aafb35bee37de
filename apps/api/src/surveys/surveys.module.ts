import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { SurveysRepository } from './surveys.repository.js';
import { SurveysResolver } from './surveys.resolver.js';
import { SurveysService } from './surveys.service.js';

/** `surveyOutcomes`; exports the service for funder reports. */
@Module({
  imports: [ScopeModule, ReleasesModule],
  providers: [SurveysRepository, SurveysService, SurveysResolver],
  exports: [SurveysService],
})
export class SurveysModule {}
