import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';

@ObjectType('OverdueGoal', {
  description:
    'An impact goal without a check-in as of `scope.to` whose due date lies before it (DOMAIN.md "overdue"), by pseudonymous keys.',
})
export class OverdueGoalType {
  @Field(() => String, { description: 'The goal key.' })
  goal: string;

  @Field(() => String, { description: 'The pseudonymous participant key (no name, no e-mail).' })
  participant: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The coordinator’s name, for ADMIN and PROJECT_LEAD (who follow the goal up); null for everyone else and for a person without a stored name.',
  })
  displayName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name of the coordinator’s network, for ADMIN and PROJECT_LEAD; null for everyone else.',
  })
  network: string | null;

  @Field(() => String, { description: 'The cohort key.' })
  cohort: string;

  @Field(() => DateScalar)
  dueOn: string;

  @Field(() => Int, { nullable: true, description: 'The goal’s step on the Wirkungstreppe, 1 … 7.' })
  level: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The goal’s latest check-in of any date; null without one. An overdue goal has none up to the as-of date, so this is set only for a check-in after it.',
  })
  lastCheckinOn: string | null;
}
