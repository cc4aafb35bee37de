import { graphql } from '../../../gql/index.js';

/** The cohorts of a funder user's lines: the funnel lists exactly those (DOMAIN.md "Cohort funnel"). */
export const fundedCohortsQuery = graphql(`
  query FundedCohorts {
    cohortFunnel {
      cohort
    }
  }
`);
