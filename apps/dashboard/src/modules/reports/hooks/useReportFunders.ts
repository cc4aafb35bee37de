import { useQuery } from '@apollo/client/react';
import { reportFundersQuery } from '../graphql/reportFundersQuery.js';

/**
 * The funders to choose from when generating or filtering reports; `skip` for viewers who do
 * neither (a funder user sees its own reports only and needs no list of funders).
 */
export function useReportFunders({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(reportFundersQuery, { skip });
  return { funders: data?.funders ?? [], loading, error };
}
