import type { WaveKind } from '@mintq/contract';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { SurveysService } from './surveys.service.js';
import { SurveyOutcomesType } from './surveys.types.js';
import { WaveKindEnum } from './wave-kind.enum.js';

@Resolver(() => SurveyOutcomesType)
export class SurveysResolver {
  constructor(private readonly service: SurveysService) {}

  @Query(() => SurveyOutcomesType, {
    description: 'Pre/post outcomes per quality dimension and response rates of a self-assessment.',
  })
  surveyOutcomes(
    @CurrentViewer() viewer: Viewer,
    @Args('instrument', { type: () => String }) instrument: string,
    @Args('from', { type: () => WaveKindEnum, nullable: true, defaultValue: WaveKindEnum.PRE })
    from: WaveKind | null,
    @Args('to', { type: () => WaveKindEnum, nullable: true, defaultValue: WaveKindEnum.POST })
    to: WaveKind | null,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<SurveyOutcomesType> {
    // An explicit null means the default, as an omitted argument does.
    return this.service.getSurveyOutcomes(
      viewer,
      instrument,
      from ?? WaveKindEnum.PRE,
      to ?? WaveKindEnum.POST,
      scope,
    );
  }
}
