import { graphql } from '../../../gql/index.js';

/** A cohort as the filters (and GraphiQL's catalogue example) ask for it. */
export const cohortFieldsFragment = graphql(`
  fragment CohortFields on Cohort {
    key
    label
    startsOn
    endsOn
  }
`);
