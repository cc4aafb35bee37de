import { ChartFrame, DataTable, EmptyState, MonthBarChart } from '@mintq/ui';
import { Responsive } from '../../../common/components/Responsive.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { Reach } from '../hooks/useReach.js';

type Month = Reach['byMonth'][number];

/** Activities and initiatives reached per month, in a chart frame with its table. */
export function MonthActivityChart({ months }: { months: readonly Month[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const table = (
    <DataTable
      caption={t('reach.monthTitle')}
      hideCaption
      columns={[
        {
          key: 'month',
          header: t('reach.month'),
          value: (m: Month) => format.month(m.month),
          rowHeader: true,
        },
        {
          key: 'activities',
          header: t('reach.activities'),
          value: (m: Month) => m.activities ?? null,
          suppressed: (m: Month) => m.suppressed,
        },
        {
          key: 'initiatives',
          header: t('reach.monthInitiatives'),
          value: (m: Month) => m.initiativesReached ?? null,
          suppressed: (m: Month) => m.suppressed,
        },
        {
          key: 'cumulative',
          header: t('reach.cumulative'),
          value: (m: Month) => m.cumulativeInitiativesReached ?? null,
          suppressed: (m: Month) => m.suppressed,
        },
      ]}
      rows={months}
      rowKey={(m) => m.month}
      locale={format.locale}
      labels={{ suppressed }}
    />
  );
  return (
    <ChartFrame
      title={t('reach.monthTitle')}
      description={t('reach.monthDescription')}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      table={table}
    >
      {months.length === 0 ? (
        <EmptyState title={t('status.empty')} />
      ) : (
        <Responsive>
          {(width) => (
            <MonthBarChart
              data={months}
              month={(m) => m.month}
              series={[
                { key: 'activities', label: t('reach.activities'), value: (m) => m.activities ?? null },
                {
                  key: 'initiatives',
                  label: t('reach.monthInitiatives'),
                  value: (m) => m.initiativesReached ?? null,
                },
              ]}
              suppressed={(m) => m.suppressed}
              width={width}
              locale={format.locale}
              labels={{ chart: t('reach.monthTitle'), suppressed, legend: t('reach.monthTitle') }}
            />
          )}
        </Responsive>
      )}
    </ChartFrame>
  );
}
