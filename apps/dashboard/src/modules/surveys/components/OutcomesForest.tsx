import { ForestPlot, type ForestWave } from '@mintq/ui';
import { useMemo } from 'react';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { metricColumn } from '../../../common/components/Table.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { WaveKind } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useDimensionName } from '../hooks/useDimensionName.js';
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
  const dimensionName = useDimensionName();
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
  const decimal = { format: 'decimal' } as const;
  const table = {
    caption: t('surveys.statsCaption', {
      comparison: `${t('surveys.prePost')}, ${t('surveys.preFollowUp')}`,
    }),
    columns: [
      {
        key: 'dimension',
        header: t('surveys.dimension'),
        value: (r: OutcomeRow) => dimensionName(r.dimension),
        rowHeader: true,
      },
      { key: 'comparison', header: t('surveys.comparison'), value: comparison },
      metricColumn('n', t('surveys.n'), (r: OutcomeRow) => r.n),
      metricColumn('meanFrom', t('surveys.meanFrom'), (r: OutcomeRow) => r.meanFrom, decimal),
      metricColumn('meanTo', t('surveys.meanTo'), (r: OutcomeRow) => r.meanTo, decimal),
      metricColumn('meanDiff', t('surveys.meanDiff'), (r: OutcomeRow) => r.meanDiff, {
        format: (v) => format.signed(v, 2),
      }),
      metricColumn('ci', t('surveys.ci'), (r: OutcomeRow) =>
        r.ciLow === null || r.ciLow === undefined || r.ciHigh === null || r.ciHigh === undefined
          ? null
          : `[${format.signed(r.ciLow, 2)}; ${format.signed(r.ciHigh, 2)}]`,
      ),
      metricColumn('dz', t('surveys.dz'), (r: OutcomeRow) => r.dz, decimal),
      metricColumn('gz', t('surveys.gz'), (r: OutcomeRow) => r.gz, decimal),
      metricColumn('p', t('surveys.p'), (r: OutcomeRow) => r.p, { format: (v) => format.pValue(v) }),
      metricColumn('alphaFrom', t('surveys.alphaFrom'), (r: OutcomeRow) => r.alphaFrom, decimal),
      metricColumn('alphaTo', t('surveys.alphaTo'), (r: OutcomeRow) => r.alphaTo, decimal),
    ],
    rows,
    rowKey: (r: OutcomeRow) => `${r.dimension}-${r.to}`,
  };
  return (
    <ChartCard
      title={t('surveys.forestTitle')}
      description={t('surveys.forestDescription')}
      definition="dimensionChange"
      footnote={<span data-testid="forest-n">{t('surveys.forestN')}</span>}
      table={table}
    >
      {(width) => (
        <ForestPlot
          data={rows}
          label={(r) =>
            truncateLabel(
              `${dimensionName(r.dimension)} · ${width < NARROW ? t(`wave.${r.to}`) : comparison(r)}`,
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
    </ChartCard>
  );
}
