import { useQuery } from '@apollo/client/react';
import type { DataTableColumn } from '@mintq/ui';
import { useCallback, useMemo } from 'react';
import type { CohortsQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { cohortsQuery } from '../graphql/cohortsQuery.js';

/** A cohort as the API lists it: key, label, start and end. */
export type Cohort = CohortsQuery['cohorts'][number];

/** Every cohort by its key (`cohorts { key label startsOn endsOn }`); empty until the list has come. */
export function useCohortsByKey(): ReadonlyMap<string, Cohort> {
  const { data } = useQuery(cohortsQuery);
  return useMemo(() => new Map((data?.cohorts ?? []).map((c) => [c.key, c])), [data]);
}

/**
 * The cohort's name as the API gives it (`cohorts { key label }`, e.g. "Qualifizierungsdurchgang
 * 2024/25"), for a cohort key such as "2024-25": the one form the dashboard shows a cohort in, in
 * the filters as in tables and charts. Until the list has come, and for a key it lacks, the key.
 * The key stays what is stored, asked for and used to tell rows apart.
 */
export function useCohortLabel(): (key: string) => string {
  const cohorts = useCohortsByKey();
  return useCallback((key: string) => cohorts.get(key)?.label ?? key, [cohorts]);
}

/** A table's first column for rows of one cohort each: the cohort's label, as the row's heading. */
export function useCohortColumn<T extends { cohort: string }>(): DataTableColumn<T> {
  const { t } = useI18n();
  const cohortLabel = useCohortLabel();
  return useMemo(
    () => ({
      key: 'cohort',
      header: t('cohorts.cohort'),
      value: (row) => cohortLabel(row.cohort),
      rowHeader: true,
    }),
    [t, cohortLabel],
  );
}
