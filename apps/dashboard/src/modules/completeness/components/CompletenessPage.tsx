import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../common/components/Field.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { cohortsQuery } from '../../filters/graphql/cohortsQuery.js';
import { newestFirst } from '../completenessRows.js';
import { CohortCompletenessView } from './CohortCompletenessView.js';
import '../../accounts/accounts.css';
import '../completeness.css';

/** The URL parameter of the chosen cohort: a reload or a shared link shows the same cohort. */
const COHORT_PARAM = 'durchgang';

/**
 * Vollständigkeit (project leads, capability followEntries): per cohort, who has an account, a
 * goal, a check-in due or overdue, and no recent activity; inviting and reminding them; the
 * activities' edit window; the entries' history. The newest cohort unless the URL names one.
 */
export function CompletenessPage() {
  const { t } = useI18n();
  const cohorts = useQuery(cohortsQuery);
  const [params, setParams] = useSearchParams();
  const options = useMemo(() => newestFirst(cohorts.data?.cohorts ?? []), [cohorts.data]);
  const chosen = params.get(COHORT_PARAM);
  const cohort = options.find((c) => c.key === chosen)?.key ?? options[0]?.key;
  const choose = (key: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(COHORT_PARAM, key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t('completeness.title')}
        intro={t('completeness.intro')}
        tools={
          options.length > 0 ? (
            <SelectField
              label={t('completeness.cohort')}
              value={cohort ?? ''}
              options={options.map((c) => ({ value: c.key, label: c.label }))}
              onChange={choose}
              testId="completeness-cohort"
            />
          ) : null
        }
      />
      <QueryState
        data={cohort}
        loading={cohorts.loading}
        error={cohorts.error}
        onRetry={() => cohorts.refetch()}
      >
        {(key) => <CohortCompletenessView key={key} cohort={key} />}
      </QueryState>
    </>
  );
}
