import { ChartFrame, DataTable } from '@mintq/ui';
import { useId, useState } from 'react';
import { QueryState } from '../../../common/components/QueryState.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { ScopeInput, WaveKind } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { type ItemDistribution, useItemDistributions } from '../hooks/useItemDistributions.js';

const WAVES: readonly WaveKind[] = ['PRE', 'POST', 'FOLLOW_UP'];

/** Answer counts per item and answer value for one wave, with a wave picker. */
export function ItemDistributionsChart({ instrument, scope }: { instrument: string; scope: ScopeInput }) {
  const { t, format, language } = useI18n();
  const id = useId();
  const suppressed = useSuppressedLabel();
  const [wave, setWave] = useState<WaveKind>('PRE');
  const { items, loading, error, refetch } = useItemDistributions(instrument, wave, language, scope);
  const values = [...new Set((items ?? []).flatMap((i) => i.counts.map((c) => c.value)))].sort(
    (a, b) => a - b,
  );
  const countOf = (item: ItemDistribution, value: number) =>
    item.counts.find((c) => c.value === value)?.count ?? null;
  const table = (
    <DataTable
      caption={t('surveys.itemsTitle')}
      hideCaption
      columns={[
        {
          key: 'item',
          header: t('surveys.item'),
          value: (i: ItemDistribution) => `${i.item} ${i.text ?? ''}`.trim(),
          rowHeader: true,
        },
        {
          key: 'n',
          header: t('surveys.n'),
          value: (i: ItemDistribution) => i.n ?? null,
          suppressed: (i: ItemDistribution) => i.suppressed,
        },
        ...values.map((value) => ({
          key: `v${value}`,
          header: t('surveys.answer', { value }),
          value: (i: ItemDistribution) => countOf(i, value),
          suppressed: (i: ItemDistribution) =>
            i.suppressed || i.counts.some((c) => c.value === value && c.count === null),
        })),
      ]}
      rows={items ?? []}
      rowKey={(i) => i.item}
      locale={format.locale}
      labels={{ suppressed }}
    />
  );
  return (
    <ChartFrame
      title={t('surveys.itemsTitle')}
      description={t('surveys.itemsDescription')}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      actions={
        <span className="mq-app-filter">
          <label className="mq-sr-only" htmlFor={`${id}-wave`}>
            {t('surveys.itemsWave')}
          </label>
          <select
            id={`${id}-wave`}
            className="mq-app-select"
            value={wave}
            onChange={(event) => setWave(event.target.value as WaveKind)}
          >
            {WAVES.map((w) => (
              <option key={w} value={w}>
                {t(`wave.${w}`)}
              </option>
            ))}
          </select>
        </span>
      }
      table={table}
    >
      <QueryState
        data={items}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        isEmpty={(i) => i.length === 0}
      >
        {() => table}
      </QueryState>
    </ChartFrame>
  );
}
