import type { WaveKind } from '@mintq/contract';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { WaveKindEnum } from './wave-kind.enum.js';

@ObjectType('DimensionOutcome', {
  description: 'Paired comparison of one quality dimension between two waves, with Cronbach’s α per wave.',
})
export class DimensionOutcomeType {
  @Field(() => String)
  dimension: string;

  @Field(() => Int, { nullable: true, description: 'Participants with a score in both waves.' })
  n: number | null;

  @Field(() => Float, { nullable: true })
  meanFrom: number | null;

  @Field(() => Float, { nullable: true })
  meanTo: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of (to − from).' })
  meanDiff: number | null;

  @Field(() => Float, { nullable: true, description: 'Sample SD of the differences (n − 1).' })
  sdDiff: number | null;

  @Field(() => Float, { nullable: true })
  t: number | null;

  @Field(() => Int, { nullable: true })
  df: number | null;

  @Field(() => Float, { nullable: true, description: 'Two-sided p from Student’s t.' })
  p: number | null;

  @Field(() => Float, { nullable: true, description: 'Cohen’s d_z = meanDiff / sdDiff.' })
  dz: number | null;

  @Field(() => Float, { nullable: true, description: 'Hedges’ g_z (small-sample corrected d_z).' })
  gz: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95 % CI of meanDiff.' })
  ciLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95 % CI of meanDiff.' })
  ciHigh: number | null;

  @Field(() => Float, { nullable: true, description: 'Cronbach’s α over the from-wave responses.' })
  alphaFrom: number | null;

  @Field(() => Float, { nullable: true, description: 'Cronbach’s α over the to-wave responses.' })
  alphaTo: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('WaveResponseRate', { description: 'Response rate of one wave of the instrument in one cohort.' })
export class WaveResponseRateType {
  @Field(() => String)
  cohort: string;

  @Field(() => WaveKindEnum)
  wave: WaveKind;

  @Field(() => Int, { nullable: true })
  responded: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'In-scope participants enrolled in the cohort who did not withdraw.',
  })
  eligible: number | null;

  @Field(() => Float, { nullable: true, description: 'responded / eligible.' })
  rate: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('SurveyOutcomes', { description: 'Outcomes of a self-assessment between two waves.' })
export class SurveyOutcomesType {
  @Field(() => String, { description: 'Instrument key.' })
  instrument: string;

  @Field(() => WaveKindEnum)
  from: WaveKind;

  @Field(() => WaveKindEnum)
  to: WaveKind;

  @Field(() => [DimensionOutcomeType], { description: 'Sorted by dimension.' })
  dimensions: DimensionOutcomeType[];

  @Field(() => [WaveResponseRateType], { description: 'Sorted by cohort, then pre, post, follow_up, event.' })
  responseRates: WaveResponseRateType[];
}

@ObjectType('CohortSurveyOutcomes', {
  description:
    'The outcomes of one in-scope cohort, as `surveyOutcomes` answers for a scope of that cohort. For FUNDER users from their release, exactly as a filter on that one cohort shows them (hidden stays hidden).',
})
export class CohortSurveyOutcomesType {
  @Field(() => String, { description: 'The cohort key.' })
  cohort: string;

  @Field(() => SurveyOutcomesType)
  outcomes: SurveyOutcomesType;
}
