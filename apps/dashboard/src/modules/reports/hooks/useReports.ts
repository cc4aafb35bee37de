import { useQuery } from '@apollo/client/react';
import type { ReportsQuery } from '../../../gql/graphql.js';
import { reportsQuery } from '../graphql/reportsQuery.js';

/** A stored report as the list shows it. */
export type StoredReport = ReportsQuery['reports'][number];

/** The stored reports, of one funder or (null) of all the viewer may see. */
export function useReports(funder: string | null) {
  const { data, loading, error, refetch } = useQuery(reportsQuery, { variables: { funder } });
  return { reports: data?.reports, loading, error, refetch };
}
