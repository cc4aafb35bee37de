import { useQuery } from '@apollo/client/react';
import { viewerQuery } from '../../modules/auth/graphql/viewerQuery.js';

/**
 * The k below which the API suppresses the signed-in user's numbers (FUNDER users, as the server
 * is configured); null for everyone else, whose numbers are never suppressed.
 */
export function useSuppressionK(): number | null {
  // cache-first: the shell has loaded the viewer already; every chart asking again would refetch it.
  const { data } = useQuery(viewerQuery, { fetchPolicy: 'cache-first' });
  return data?.viewer.suppressionK ?? null;
}
