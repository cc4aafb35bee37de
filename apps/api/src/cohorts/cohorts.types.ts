import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Cohort', { description: 'A yearly qualification run (Qualifizierungsdurchgang), e.g. 2024-25.' })
export class CohortType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  endsOn: string;
}
