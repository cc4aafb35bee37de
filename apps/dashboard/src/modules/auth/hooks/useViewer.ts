import { useQuery } from '@apollo/client/react';
import type { ViewerQuery } from '../../../gql/graphql.js';
import { viewerQuery } from '../graphql/viewerQuery.js';

/** The signed-in user (e-mail, role, funder). */
export type Viewer = ViewerQuery['viewer'];

/** Loads who is signed in; the shell and route guards read the role from it. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(viewerQuery);
  return { viewer: data?.viewer ?? null, loading, error, refetch };
}
