import { useQuery } from '@apollo/client/react';
import type { ViewerQuery } from '../../../gql/graphql.js';
import { viewerQuery } from '../graphql/viewerQuery.js';

/** The signed-in user (e-mail, role, funder, what they may do). */
export type Viewer = ViewerQuery['viewer'];

/** Loads who is signed in; the shell, route guards and pages decide by its `can`. */
export function useViewer() {
  // cache-first: the shell loads the viewer once; every page, guard and chart asking again would
  // otherwise refetch it (sign-out empties the cache, so the next user is loaded afresh).
  const { data, loading, error, refetch } = useQuery(viewerQuery, { fetchPolicy: 'cache-first' });
  return { viewer: data?.viewer ?? null, loading, error, refetch };
}
