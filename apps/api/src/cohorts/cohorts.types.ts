import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';

@ObjectType('Cohort', { description: 'A yearly qualification run (Qualifizierungsdurchgang), e.g. 2024-25.' })
export class CohortType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;
}

@ObjectType('CohortFunnel', {
  description:
    'How far the participants of one cohort got: enrolled → completed → self-assessment → goal set → goal attained.',
})
export class CohortFunnelType {
  @Field(() => String)
  cohort: string;

  @Field(() => Int, { nullable: true })
  enrolled: number | null;

  @Field(() => Int, { nullable: true })
  withdrawn: number | null;

  @Field(() => Int, { nullable: true })
  completed: number | null;

  @Field(() => Int, { nullable: true })
  selfAssessmentPre: number | null;

  @Field(() => Int, { nullable: true })
  goalsSet: number | null;

  @Field(() => Int, { nullable: true })
  goalAttained: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}
