import { Module } from '@nestjs/common';
import { ScopeModule } from '../scope/scope.module.js';
import { SurveysRepository } from './surveys.repository.js';
import { SurveysResolver } from './surveys.resolver.js';
import { SurveysService } from './surveys.service.js';

/** `surveyOutcomes`; exports the service for funder reports. */
@Module({
  imports: [ScopeModule],
  providers: [SurveysRepository, SurveysService, SurveysResolver],
  exports: [SurveysService],
})
export class SurveysModule {}
