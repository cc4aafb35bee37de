import { useQuery } from '@apollo/client/react';
import type { ScopeInput } from '../../../gql/graphql.js';
import { eventFeedbackQuery } from '../graphql/eventFeedbackQuery.js';

/** Feedback on the Transferwerkstatt of one event questionnaire. */
export function useEventFeedback(instrument: string, scope: ScopeInput) {
  const { data, loading, error, refetch } = useQuery(eventFeedbackQuery, {
    variables: { instrument, scope },
  });
  return { feedback: data?.eventFeedback, loading, error, refetch };
}
