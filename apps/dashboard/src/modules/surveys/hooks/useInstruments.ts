import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { InstrumentsQuery } from '../../../gql/graphql.js';
import { instrumentsQuery } from '../graphql/instrumentsQuery.js';

/** A questionnaire as the instruments query returns it. */
export type Instrument = InstrumentsQuery['instruments'][number];

/** The questionnaires, split into self-assessments and event feedback. */
export function useInstruments() {
  const { data, loading, error, refetch } = useQuery(instrumentsQuery);
  const split = useMemo(() => {
    const all = data?.instruments ?? [];
    return {
      selfAssessments: all.filter((i) => i.kind === 'self_assessment'),
      eventFeedback: all.filter((i) => i.kind === 'event_feedback'),
    };
  }, [data]);
  return { instruments: data?.instruments, ...split, loading, error, refetch };
}
