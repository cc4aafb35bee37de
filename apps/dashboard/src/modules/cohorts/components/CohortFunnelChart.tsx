import { FunnelChart } from '@mintq/ui';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { metricColumn } from '../../../common/components/Table.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortColumn, useCohortLabel } from '../../filters/hooks/useCohortLabel.js';
import type { CohortFunnel } from '../hooks/useCohortFunnel.js';

/** The funnels of the cohorts side by side, with the numbers as a table. */
export function CohortFunnelChart({ cohorts }: { cohorts: readonly CohortFunnel[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const cohortLabel = useCohortLabel();
  const cohortColumn = useCohortColumn<CohortFunnel>();
  return (
    <ChartCard
      title={t('cohorts.funnelTitle')}
      description={t('cohorts.funnelDescription')}
      definition="funnel"
      table={{
        columns: [
          cohortColumn,
          metricColumn('enrolled', t('cohorts.enrolled'), (c: CohortFunnel) => c.enrolled),
          metricColumn('withdrawn', t('cohorts.withdrawn'), (c: CohortFunnel) => c.withdrawn),
          metricColumn('completed', t('cohorts.completed'), (c: CohortFunnel) => c.completed),
          metricColumn(
            'selfAssessmentPre',
            t('cohorts.selfAssessment'),
            (c: CohortFunnel) => c.selfAssessmentPre,
          ),
          metricColumn('goalsSet', t('cohorts.goalsSet'), (c: CohortFunnel) => c.goalsSet),
          metricColumn('goalAttained', t('cohorts.goalAttained'), (c: CohortFunnel) => c.goalAttained),
        ],
        rows: cohorts,
        rowKey: (c) => c.cohort,
      }}
    >
      {(width) => (
        <FunnelChart
          data={cohorts}
          cohort={(c) => cohortLabel(c.cohort)}
          steps={[
            { key: 'enrolled', label: t('cohorts.enrolled'), value: (c) => c.enrolled ?? null },
            { key: 'completed', label: t('cohorts.completed'), value: (c) => c.completed ?? null },
            {
              key: 'selfAssessmentPre',
              label: t('cohorts.selfAssessment'),
              value: (c) => c.selfAssessmentPre ?? null,
            },
            { key: 'goalsSet', label: t('cohorts.goalsSet'), value: (c) => c.goalsSet ?? null },
            { key: 'goalAttained', label: t('cohorts.goalAttained'), value: (c) => c.goalAttained ?? null },
          ]}
          suppressed={(c) => c.suppressed}
          width={width}
          locale={format.locale}
          labels={{
            chart: t('cohorts.funnelTitle'),
            suppressed,
            ofFirst: t('cohorts.ofEnrolled'),
            legend: t('cohorts.cohort'),
          }}
        />
      )}
    </ChartCard>
  );
}
