import { useMutation } from '@apollo/client/react';
import type { ErasePersonMutation } from '../../../gql/graphql.js';
import { erasePersonMutation } from '../graphql/erasePersonMutation.js';

/** A done erasure as the API reports it. */
export type PersonErasure = ErasePersonMutation['erasePerson'];

/** Erases a person by key; resolves to what was removed. */
export function useErasePerson() {
  const [mutate, { loading, error }] = useMutation(erasePersonMutation);
  const erase = async (key: string) => (await mutate({ variables: { key } })).data?.erasePerson ?? null;
  return { erase, loading, error };
}
