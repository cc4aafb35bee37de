import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StateReach', { description: 'Reach in one state, by the state of the reached initiatives.' })
export class StateReachType {
  @Field(() => String, { description: 'ISO 3166-2:DE code' })
  state: string;

  @Field(() => Int, { description: 'All networks in the state (structural, never suppressed).' })
  networks: number;

  @Field(() => Int, { nullable: true })
  networksReached: number | null;

  @Field(() => Int, { nullable: true })
  initiativesReached: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct multipliers who reached an initiative in the state.',
  })
  multipliers: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('MonthReach', { description: 'Activities and initiatives reached in one month.' })
export class MonthReachType {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { nullable: true })
  activities: number | null;

  @Field(() => Int, { nullable: true })
  initiativesReached: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct initiatives from the start of the period to the end of the month.',
  })
  cumulativeInitiativesReached: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('Reach', {
  description: 'The multiplier cascade: multipliers → activities → initiatives → educators → young people.',
})
export class ReachType {
  @Field(() => Int, { nullable: true })
  multipliers: number | null;

  @Field(() => Int, { nullable: true })
  activeMultipliers: number | null;

  @Field(() => Int, { nullable: true })
  activities: number | null;

  @Field(() => Int, { nullable: true })
  initiativesReached: number | null;

  @Field(() => Int, { nullable: true })
  educatorsReached: number | null;

  @Field(() => Int, { nullable: true, description: 'An estimate reported by the multipliers.' })
  youthReachedEstimate: number | null;

  @Field(() => Float, { nullable: true })
  multiplierFactor: number | null;

  @Field(() => Boolean)
  suppressed: boolean;

  @Field(() => [StateReachType], { description: 'All 16 states, sorted by code.' })
  byState: StateReachType[];

  @Field(() => [MonthReachType])
  byMonth: MonthReachType[];
}
