import { graphql } from '../../../gql/index.js';

/** Sets how many days coordinators may change an activity they entered; answers the cohort anew. */
export const setActivityEditWindowMutation = graphql(`
  mutation SetActivityEditWindow($cohort: String!, $days: Int!) {
    setActivityEditWindow(cohort: $cohort, days: $days) {
      ...CohortCompletenessFields
    }
  }
`);

/** Invites the chosen coordinators of a cohort; who could not be invited comes back with why. */
export const inviteParticipantsMutation = graphql(`
  mutation InviteParticipants($cohort: String!, $participantKeys: [String!]!, $language: String!) {
    inviteParticipants(cohort: $cohort, participantKeys: $participantKeys, language: $language) {
      invited
      skipped {
        participantKey
        reason
      }
    }
  }
`);
