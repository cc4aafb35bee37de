import { useQuery } from '@apollo/client/react';
import { reportFundersQuery } from '../graphql/reportFundersQuery.js';

/** The funders to choose from when generating or filtering reports. */
export function useReportFunders() {
  const { data, loading, error } = useQuery(reportFundersQuery);
  return { funders: data?.funders ?? [], loading, error };
}
