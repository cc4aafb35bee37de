import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CohortReachHeadline', {
  description: 'The overview’s reach figures for one cohort, as `reach` answers for a scope of that cohort.',
})
export class CohortReachHeadlineType {
  @Field(() => Int, { nullable: true })
  multipliers: number | null;

  @Field(() => Int, { nullable: true })
  activeMultipliers: number | null;

  @Field(() => Int, { nullable: true })
  initiativesReached: number | null;

  @Field(() => Int, { nullable: true })
  educatorsReached: number | null;

  @Field(() => Int, { nullable: true, description: 'An estimate (reported by the multipliers).' })
  youthReachedEstimate: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('CohortGoalHeadline', {
  description:
    'The overview’s goal figures for one cohort, as `goalAttainment` answers for a scope of that cohort.',
})
export class CohortGoalHeadlineType {
  @Field(() => Int, { nullable: true })
  goals: number | null;

  @Field(() => Float, { nullable: true })
  attainmentRate: number | null;

  @Field(() => Float, { nullable: true })
  meanTScore: number | null;

  @Field(() => Int, { nullable: true })
  tScoreParticipants: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('CohortHeadlines', {
  description:
    'The overview’s headline numbers of one in-scope cohort. For FUNDER users from their release, exactly as a filter on that one cohort shows them (hidden stays hidden).',
})
export class CohortHeadlinesType {
  @Field(() => String, { description: 'The cohort key.' })
  cohort: string;

  @Field(() => CohortReachHeadlineType)
  reach: CohortReachHeadlineType;

  @Field(() => CohortGoalHeadlineType)
  goals: CohortGoalHeadlineType;
}
