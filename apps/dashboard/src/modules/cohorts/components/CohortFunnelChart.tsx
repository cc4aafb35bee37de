import { ChartFrame, DataTable, FunnelChart } from '@mintq/ui';
import { Responsive } from '../../../common/components/Responsive.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { CohortFunnel } from '../hooks/useCohortFunnel.js';

/** The funnels of the cohorts side by side, with the numbers as a table. */
export function CohortFunnelChart({ cohorts }: { cohorts: readonly CohortFunnel[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const hidden = (c: CohortFunnel) => c.suppressed;
  const table = (
    <DataTable
      caption={t('cohorts.funnelTitle')}
      hideCaption
      columns={[
        { key: 'cohort', header: t('cohorts.cohort'), value: (c: CohortFunnel) => c.cohort, rowHeader: true },
        {
          key: 'enrolled',
          header: t('cohorts.enrolled'),
          value: (c: CohortFunnel) => c.enrolled ?? null,
          suppressed: hidden,
        },
        {
          key: 'withdrawn',
          header: t('cohorts.withdrawn'),
          value: (c: CohortFunnel) => c.withdrawn ?? null,
          suppressed: hidden,
        },
        {
          key: 'completed',
          header: t('cohorts.completed'),
          value: (c: CohortFunnel) => c.completed ?? null,
          suppressed: hidden,
        },
        {
          key: 'selfAssessmentPre',
          header: t('cohorts.selfAssessment'),
          value: (c: CohortFunnel) => c.selfAssessmentPre ?? null,
          suppressed: hidden,
        },
        {
          key: 'goalsSet',
          header: t('cohorts.goalsSet'),
          value: (c: CohortFunnel) => c.goalsSet ?? null,
          suppressed: hidden,
        },
        {
          key: 'goalAttained',
          header: t('cohorts.goalAttained'),
          value: (c: CohortFunnel) => c.goalAttained ?? null,
          suppressed: hidden,
        },
      ]}
      rows={cohorts}
      rowKey={(c) => c.cohort}
      locale={format.locale}
      labels={{ suppressed }}
    />
  );
  return (
    <ChartFrame
      title={t('cohorts.funnelTitle')}
      description={t('cohorts.funnelDescription')}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      table={table}
    >
      <Responsive>
        {(width) => (
          <FunnelChart
            data={cohorts}
            cohort={(c) => c.cohort}
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
            suppressed={hidden}
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
      </Responsive>
    </ChartFrame>
  );
}
