import { graphql } from '../../../gql/index.js';

/** A person's rows per kind, as the export counts them and an erasure removes them. */
export const personDataCountsFragment = graphql(`
  fragment PersonDataCountsFields on PersonDataCounts {
    participants
    enrollments
    responses
    answers
    goals
    checkins
    activities
    activityLinks
  }
`);
