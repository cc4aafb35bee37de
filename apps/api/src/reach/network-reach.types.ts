import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NetworkReach', {
  description:
    'One network of a state and what the scope’s multipliers did there in the period (the drill-down below `reach.byState`).',
})
export class NetworkReachType {
  @Field(() => String, { description: 'The network key.' })
  network: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'All initiatives of the network (structural).' })
  initiatives: number;

  @Field(() => Int, { description: 'Distinct initiatives of the network that in-period activities reached.' })
  initiativesReached: number;

  @Field(() => Int, { description: 'Distinct multipliers who reached an initiative of the network.' })
  multipliers: number;

  @Field(() => Int, { description: 'In-period activities that reached an initiative of the network.' })
  activities: number;
}

@ObjectType('InitiativeReach', {
  description: 'One initiative of a network and how often the scope’s multipliers reached it in the period.',
})
export class InitiativeReachType {
  @Field(() => String, { description: 'The initiative key.' })
  initiative: string;

  @Field(() => String)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'school, extracurricular, student_lab, company, university, other',
  })
  kind: string | null;

  @Field(() => Int, { description: 'In-period activities that reached it.' })
  activities: number;

  @Field(() => Int, { description: 'Distinct multipliers who reached it.' })
  multipliers: number;
}
