import { EmptyState, MonthBarChart } from '@mintq/ui';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { metricColumn } from '../../../common/components/Table.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useMonthTable } from '../hooks/useMonthTable.js';
import type { Reach } from '../hooks/useReach.js';

type Month = Reach['byMonth'][number];

/** Activities and initiatives reached per month, in a chart frame with its table. */
export function MonthActivityChart({ months }: { months: readonly Month[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  return (
    <ChartCard
      title={t('reach.monthTitle')}
      description={t('reach.monthDescription')}
      definition="byMonth"
      table={useMonthTable(months, [
        metricColumn('activities', t('reach.activities'), (m: Month) => m.activities),
        metricColumn('initiatives', t('reach.monthInitiatives'), (m: Month) => m.initiativesReached),
      ])}
    >
      {months.length === 0 ? (
        <EmptyState title={t('status.empty')} />
      ) : (
        (width: number) => (
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
        )
      )}
    </ChartCard>
  );
}
