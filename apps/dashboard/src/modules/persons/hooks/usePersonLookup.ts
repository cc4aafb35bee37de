import { useQuery } from '@apollo/client/react';
import { personExportQuery } from '../graphql/personExportQuery.js';
import type { PersonData } from '../personRows.js';

/**
 * One person by key (nothing while the key is null). Never cached: a person's data stays in the
 * browser only while it is shown, and every lookup is a new access the API records.
 */
export function usePersonLookup(key: string | null): {
  person: PersonData | null;
  loading: boolean;
  error: unknown;
} {
  const { data, loading, error } = useQuery(personExportQuery, {
    variables: { key: key ?? '' },
    skip: key === null,
    fetchPolicy: 'no-cache',
  });
  return { person: key === null ? null : (data?.personExport ?? null), loading, error };
}
