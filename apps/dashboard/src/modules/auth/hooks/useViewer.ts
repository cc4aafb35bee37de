import { useQuery } from '@apollo/client/react';
import type { ViewerQuery } from '../../../gql/graphql.js';
import { viewerQuery } from '../graphql/viewerQuery.js';

/** The signed-in user (e-mail, role, funder). */
export type Viewer = ViewerQuery['viewer'];

/** Loads who is signed in; the shell and route guards read the role from it. */
export function useViewer() {
  // cache-first: the shell loads the viewer once; every page, guard and chart asking again would
  // otherwise refetch it (sign-out empties the cache, so the next user is loaded afresh).
  const { data, loading, error, refetch } = useQuery(viewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.viewer ?? null, loading, error, refetch };
}
