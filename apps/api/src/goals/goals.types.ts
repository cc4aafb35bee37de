import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LevelCount', { description: 'Goals whose as-of GAS level is this level.' })
export class LevelCountType {
  @Field(() => Int, { description: '-2 … +2' })
  level: number;

  @Field(() => Int, { nullable: true })
  goals: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('StaircaseCount', {
  description: 'Goals on one step of the Wirkungstreppe (PHINEO), and how many were attained.',
})
export class StaircaseCountType {
  @Field(() => Int, { description: '1 … 7' })
  level: number;

  @Field(() => Int, { nullable: true })
  goals: number | null;

  @Field(() => Int, { nullable: true })
  attained: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('GoalAttainment', {
  description: 'Impact goals as of a date: attainment, GAS T-score, levels and the Wirkungstreppe.',
})
export class GoalAttainmentType {
  @Field(() => Int, { nullable: true })
  goals: number | null;

  @Field(() => Int, { nullable: true })
  attained: number | null;

  @Field(() => Int, { nullable: true })
  notAttained: number | null;

  @Field(() => Int, { nullable: true })
  noData: number | null;

  @Field(() => Int, { nullable: true })
  overdue: number | null;

  @Field(() => Float, { nullable: true })
  attainmentRate: number | null;

  @Field(() => Float, { nullable: true })
  meanTScore: number | null;

  @Field(() => Int, { nullable: true })
  tScoreParticipants: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Check-ins on or before the as-of date of the goals counted: the evidence behind the levels.',
  })
  checkins: number | null;

  @Field(() => [LevelCountType], { description: 'Levels -2 … 2, in that order.' })
  levels: LevelCountType[];

  @Field(() => [StaircaseCountType], { description: 'Levels 1 … 7, in that order.' })
  byStaircaseLevel: StaircaseCountType[];

  @Field(() => Boolean)
  suppressed: boolean;
}
