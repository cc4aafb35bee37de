import { graphql } from '../../../gql/index.js';

/** A reminder as the page lists it. */
export const reminderFieldsFragment = graphql(`
  fragment ReminderFields on Reminder {
    key
    kind
    participantKey
    goalKey
    sendAfter
    sentAt
    cancelledAt
    cancelReason
  }
`);

/** The mails a reminder would write, one per person, without sending anything. */
export const reminderPreviewQuery = graphql(`
  query ReminderPreview($input: ReminderInput!) {
    reminderPreview(input: $input) {
      participantKey
      recipient
      subject
      body
      language
    }
  }
`);

/** A cohort's scheduled and sent reminders, the latest first. */
export const remindersQuery = graphql(`
  query Reminders($cohort: String!) {
    reminders(cohort: $cohort) {
      ...ReminderFields
    }
  }
`);

/** Queues one reminder per chosen person (now or at the given time). */
export const sendRemindersMutation = graphql(`
  mutation SendReminders($input: ReminderInput!) {
    sendReminders(input: $input) {
      ...ReminderFields
    }
  }
`);

/** Cancels a reminder not yet sent. */
export const cancelReminderMutation = graphql(`
  mutation CancelReminder($key: String!) {
    cancelReminder(key: $key) {
      ...ReminderFields
    }
  }
`);
