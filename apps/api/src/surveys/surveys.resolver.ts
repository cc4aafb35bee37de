import type { WaveKind } from '@mintq/contract';
import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ScopeInput } from '../scope/scope.types.js';
import { SurveysService } from './surveys.service.js';
import { CohortSurveyOutcomesType, SurveyOutcomesType } from './surveys.types.js';
import { WaveKindEnum } from './wave-kind.enum.js';

/** Which self-assessment and which two of its waves are compared. */
@ArgsType()
class ComparisonArgs {
  @Field(() => String)
  instrument: string;

  @Field(() => WaveKindEnum, { nullable: true, defaultValue: WaveKindEnum.PRE })
  from: WaveKind | null;

  @Field(() => WaveKindEnum, { nullable: true, defaultValue: WaveKindEnum.POST })
  to: WaveKind | null;
}

/** An explicit null means the default, as an omitted argument does. */
function comparison({ instrument, from, to }: ComparisonArgs) {
  return [instrument, from ?? WaveKindEnum.PRE, to ?? WaveKindEnum.POST] as const;
}

@Resolver(() => SurveyOutcomesType)
export class SurveysResolver {
  constructor(private readonly service: SurveysService) {}

  @Query(() => SurveyOutcomesType, {
    description: 'Pre/post outcomes per quality dimension and response rates of a self-assessment.',
  })
  surveyOutcomes(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ComparisonArgs,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<SurveyOutcomesType> {
    return this.service.getSurveyOutcomes(viewer, ...comparison(args), scope);
  }

  @Query(() => [CohortSurveyOutcomesType], {
    description:
      '`surveyOutcomes` per in-scope cohort, sorted by cohort key: each entry equals `surveyOutcomes` for a scope of that one cohort.',
  })
  cohortSurveyOutcomes(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ComparisonArgs,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<CohortSurveyOutcomesType[]> {
    return this.service.getSurveyOutcomesByCohort(viewer, ...comparison(args), scope);
  }
}
