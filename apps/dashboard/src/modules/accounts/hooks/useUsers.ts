import { useQuery } from '@apollo/client/react';
import type { UserFieldsFragment } from '../../../gql/graphql.js';
import { usersQuery } from '../graphql/usersQuery.js';

/** A user as the Benutzer page shows it. */
export type UserRow = UserFieldsFragment;

/** The users the viewer may see: all for an ADMIN, the FUNDER users for a PROJECT_LEAD. */
export function useUsers() {
  const { data, loading, error, refetch } = useQuery(usersQuery, { fetchPolicy: 'cache-and-network' });
  return { users: data?.users, loading, error, refetch };
}
