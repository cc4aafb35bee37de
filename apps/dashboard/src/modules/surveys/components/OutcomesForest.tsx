import { ChartFrame, DataTable } from '@mintq/ui';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { OutcomeRow } from './OutcomeRows.js';

/** Pre→post and pre→follow-up change per dimension with 95 % CI, and all test statistics as a table. */
export function OutcomesForest({ rows }: { rows: readonly OutcomeRow[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const comparison = (r: OutcomeRow) =>
    r.to === 'FOLLOW_UP' ? t('surveys.preFollowUp') : t('surveys.prePost');
  const table = (
    <DataTable
      caption={t('surveys.statsCaption', {
        comparison: `${t('surveys.prePost')}, ${t('surveys.preFollowUp')}`,
      })}
      columns={[
        {
          key: 'dimension',
          header: t('surveys.dimension'),
          value: (r: OutcomeRow) => r.dimension,
          rowHeader: true,
        },
        { key: 'comparison', header: t('surveys.comparison'), value: comparison },
        {
          key: 'n',
          header: t('surveys.n'),
          value: (r: OutcomeRow) => r.n ?? null,
          suppressed: (r) => r.suppressed,
        },
        {
          key: 'meanFrom',
          header: t('surveys.meanFrom'),
          value: (r: OutcomeRow) => r.meanFrom ?? null,
          suppressed: (r) => r.suppressed,
          format: 'decimal',
        },
        {
          key: 'meanTo',
          header: t('surveys.meanTo'),
          value: (r: OutcomeRow) => r.meanTo ?? null,
          suppressed: (r) => r.suppressed,
          format: 'decimal',
        },
        {
          key: 'meanDiff',
          header: t('surveys.meanDiff'),
          value: (r: OutcomeRow) => r.meanDiff ?? null,
          suppressed: (r) => r.suppressed,
          format: (v) => format.signed(v, 2),
        },
        {
          key: 'ci',
          header: t('surveys.ci'),
          value: (r: OutcomeRow) =>
            r.ciLow === null || r.ciLow === undefined || r.ciHigh === null || r.ciHigh === undefined
              ? null
              : `[${format.signed(r.ciLow, 2)}; ${format.signed(r.ciHigh, 2)}]`,
          suppressed: (r) => r.suppressed,
        },
        {
          key: 'dz',
          header: t('surveys.dz'),
          value: (r: OutcomeRow) => r.dz ?? null,
          suppressed: (r) => r.suppressed,
          format: 'decimal',
        },
        {
          key: 'gz',
          header: t('surveys.gz'),
          value: (r: OutcomeRow) => r.gz ?? null,
          suppressed: (r) => r.suppressed,
          format: 'decimal',
        },
        {
          key: 'p',
          header: t('surveys.p'),
          value: (r: OutcomeRow) => r.p ?? null,
          suppressed: (r) => r.suppressed,
          format: (v) => format.pValue(v),
        },
        {
          key: 'alphaFrom',
          header: t('surveys.alphaFrom'),
          value: (r: OutcomeRow) => r.alphaFrom ?? null,
          suppressed: (r) => r.suppressed,
          format: 'decimal',
        },
        {
          key: 'alphaTo',
          header: t('surveys.alphaTo'),
          value: (r: OutcomeRow) => r.alphaTo ?? null,
          suppressed: (r) => r.suppressed,
          format: 'decimal',
        },
      ]}
      rows={rows}
      rowKey={(r) => `${r.dimension}-${r.to}`}
      locale={format.locale}
      labels={{ suppressed }}
    />
  );
  return (
    <ChartFrame
      title={t('surveys.forestTitle')}
      description={t('surveys.forestDescription')}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      table={table}
    >
      {table}
    </ChartFrame>
  );
}
