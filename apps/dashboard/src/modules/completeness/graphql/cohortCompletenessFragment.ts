import { graphql } from '../../../gql/index.js';

/** A cohort's completeness as the Vollständigkeit page shows it: one row per coordinator. */
export const cohortCompletenessFragment = graphql(`
  fragment CohortCompletenessFields on CohortCompleteness {
    cohortKey
    cohortLabel
    asOf
    activityEditDays
    people {
      participantKey
      displayName
      email
      enrollmentStatus
      account
      goals
      goalProgress
      nextDueOn
      checkinDue
      checkinOverdue
      lastActivityOn
      noRecentActivity
      lastRemindedAt
      scheduledReminders
    }
  }
`);
