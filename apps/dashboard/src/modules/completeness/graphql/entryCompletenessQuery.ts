import { graphql } from '../../../gql/index.js';

/** Who of a cohort has set, checked and logged what, as of today. */
export const entryCompletenessQuery = graphql(`
  query EntryCompleteness($cohort: String!) {
    entryCompleteness(cohort: $cohort) {
      ...CohortCompletenessFields
    }
  }
`);
