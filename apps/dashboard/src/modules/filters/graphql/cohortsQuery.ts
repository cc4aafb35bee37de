import { graphql } from '../../../gql/index.js';

/** The cohorts offered in the filter. */
export const cohortsQuery = graphql(`
  query Cohorts {
    cohorts {
      ...CohortFields
    }
  }
`);
