import { graphql } from '../../../gql/index.js';

/** What a coordinator sees of a goal: the GAS levels they described, progress and check-ins. */
export const myGoalFieldsFragment = graphql(`
  fragment MyGoalFields on MyGoal {
    key
    cohortKey
    title
    description
    staircaseLevel
    weight
    levels {
      level
      description
    }
    measurementPlan
    setOn
    dueOn
    version
    levelsFrozen
    progress
    checkins {
      position
      checkedOn
      gasLevel
      note
      interim
      enteredInApp
    }
  }
`);

/** An activity as its coordinator sees it, with whether and until when they may still change it. */
export const myActivityFieldsFragment = graphql(`
  fragment MyActivityFields on MyActivity {
    key
    occurredOn
    format
    title
    educatorsReached
    youthReachedEstimate
    initiatives {
      key
      name
      kind
    }
    enteredInApp
    editableUntil
  }
`);

/** The coordinator's enrollments (newest cohort first) with each cohort's timeline. */
export const myParticipationQuery = graphql(`
  query MyParticipation {
    myParticipation {
      participantKey
      displayName
      network {
        key
        name
        stateCode
      }
      enrollments {
        cohortKey
        cohortLabel
        startsOn
        endsOn
        transferWorkshopOn
        status
        certifiedOn
        activityEditDays
        defaultGoalDueOn
        timeline {
          kind
          on
          until
          state
          goalKey
        }
        nextStep {
          kind
          on
          until
          state
          goalKey
        }
      }
    }
  }
`);

/** The coordinator's own goals, newest set first. */
export const myGoalsQuery = graphql(`
  query MyGoals {
    myGoals {
      ...MyGoalFields
    }
  }
`);

/** The coordinator's own activities, newest first. */
export const myActivitiesQuery = graphql(`
  query MyActivities {
    myActivities {
      ...MyActivityFields
    }
  }
`);

/** The initiatives of the coordinator's network, by name: what an activity may reach. */
export const myInitiativesQuery = graphql(`
  query MyInitiatives {
    myInitiatives {
      key
      name
      kind
    }
  }
`);

/** Creates a goal (no key) or changes one (key and the version the form was loaded with). */
export const saveMyGoalMutation = graphql(`
  mutation SaveMyGoal($input: GoalInput!) {
    saveMyGoal(input: $input) {
      ...MyGoalFields
    }
  }
`);

/** Appends a check-in to one of the coordinator's goals. */
export const recordMyCheckinMutation = graphql(`
  mutation RecordMyCheckin($input: CheckinInput!) {
    recordMyCheckin(input: $input) {
      ...MyGoalFields
    }
  }
`);

/** Creates or changes an activity (changes only within the cohort's edit window). */
export const saveMyActivityMutation = graphql(`
  mutation SaveMyActivity($input: ActivityInput!) {
    saveMyActivity(input: $input) {
      ...MyActivityFields
    }
  }
`);

/** Deletes an activity the coordinator entered, within the edit window. */
export const deleteMyActivityMutation = graphql(`
  mutation DeleteMyActivity($key: String!) {
    deleteMyActivity(key: $key)
  }
`);
