import { ChartFrame, DataTable, ForestPlot, type ForestWave } from '@mintq/ui';
import { useMemo } from 'react';
import { Responsive } from '../../../common/components/Responsive.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { WaveKind } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { OutcomeRow } from './OutcomeRows.js';
import { truncateLabel } from './truncateLabel.js';

/** Below this width a row names only the later wave ("Kooperation · Post"): the legend says it starts at Prä. */
const NARROW = 480;
/** Room the "n = 24" at the right end of a row's label line needs. */
const N_WIDTH = 52;

/**
 * Pre→post and pre→follow-up per dimension as a forest plot (the wave means on the scale, the
 * change with its 95 % CI around zero), with all test statistics (n, d_z, g_z, p, α) as its table.
 */
export function OutcomesForest({
  rows,
  scale,
}: {
  rows: readonly OutcomeRow[];
  /** The items' answer scale, e.g. `[1, 5]`, as the means axis; null: fitted to the means. */
  scale: readonly [number, number] | null;
}) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const comparison = (r: OutcomeRow) =>
    r.to === 'FOLLOW_UP' ? t('surveys.preFollowUp') : t('surveys.prePost');
  // One row per dimension and comparison: the from-mean is drawn as Prä, the to-mean as its own
  // wave, so Post and Follow-up keep their colour and shape across rows.
  const waves = useMemo(() => {
    const wave = (kind: WaveKind, mean: (r: OutcomeRow) => number | null): ForestWave<OutcomeRow> => ({
      key: kind,
      label: t(`wave.${kind}`),
      mean,
    });
    return [
      wave('PRE', (r) => r.meanFrom ?? null),
      wave('POST', (r) => (r.to === 'POST' ? (r.meanTo ?? null) : null)),
      wave('FOLLOW_UP', (r) => (r.to === 'FOLLOW_UP' ? (r.meanTo ?? null) : null)),
    ];
  }, [t]);
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
      <Responsive>
        {(width) => (
          <ForestPlot
            data={rows}
            label={(r) =>
              truncateLabel(
                `${r.dimension} · ${width < NARROW ? t(`wave.${r.to}`) : comparison(r)}`,
                width - N_WIDTH,
              )
            }
            n={(r) => r.n ?? null}
            waves={waves}
            difference={{
              value: (r) => r.meanDiff ?? null,
              ciLow: (r) => r.ciLow ?? null,
              ciHigh: (r) => r.ciHigh ?? null,
            }}
            suppressed={(r) => r.suppressed}
            domain={scale ?? undefined}
            width={width}
            locale={format.locale}
            labels={{
              chart: t('surveys.forestTitle'),
              suppressed,
              n: t('surveys.n'),
              means: t('surveys.means'),
              difference: t('surveys.meanDiff'),
              ci: t('surveys.ci'),
            }}
          />
        )}
      </Responsive>
    </ChartFrame>
  );
}
