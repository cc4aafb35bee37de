import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';

@InputType('ScopeInput', {
  description: 'Which cohorts, states, funder and period a metric covers (DOMAIN.md "Scope").',
})
export class ScopeInput {
  @Field(() => [String], { nullable: true, description: 'Cohort keys; default all.' })
  cohorts?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2:DE codes; default all.' })
  states?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Funder key; forced to the caller's own funder for FUNDER users.",
  })
  funder?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Also the as-of date for goal attainment; default today.',
  })
  to?: string | null;
}
