import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useScope } from '../../filters/hooks/useScope.js';
import { useCohortFunnel } from '../hooks/useCohortFunnel.js';
import { CohortFunnelChart } from './CohortFunnelChart.js';
import { CohortStatusNotes } from './CohortStatusNotes.js';

/** Kohorten: the funnel per cohort, cohorts side by side. */
export function CohortsPage() {
  const { t } = useI18n();
  const scope = useScope();
  const { funnel, loading, error, refetch } = useCohortFunnel(scope);
  return (
    <>
      <PageHeader title={t('cohorts.title')} intro={t('cohorts.intro')} />
      <QueryState
        data={funnel}
        loading={loading}
        error={error}
        onRetry={refetch}
        isEmpty={(f) => f.length === 0}
      >
        {(funnel) => (
          <>
            <CohortStatusNotes cohorts={funnel} />
            <CohortFunnelChart cohorts={funnel} />
          </>
        )}
      </QueryState>
    </>
  );
}
