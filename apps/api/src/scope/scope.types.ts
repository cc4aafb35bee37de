import { Field, InputType } from '@nestjs/graphql';

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

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; also the as-of date for goals; default today.',
  })
  to?: string | null;
}
