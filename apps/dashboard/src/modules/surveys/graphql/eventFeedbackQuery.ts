import { graphql } from '../../../gql/index.js';

/** Responses and NPS of an event-feedback questionnaire (Transferwerkstatt). */
export const eventFeedbackQuery = graphql(`
  query EventFeedback($instrument: String!, $scope: ScopeInput) {
    eventFeedback(instrument: $instrument, scope: $scope) {
      instrument
      responses
      nps
      suppressed
    }
  }
`);
