import { type AnswerCategory, DivergingStackedBars } from '@mintq/ui';
import { useId, useMemo, useState } from 'react';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { Responsive } from '../../../common/components/Responsive.js';
import { metricColumn } from '../../../common/components/Table.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { ScopeInput, WaveKind } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { type ItemDistribution, useItemDistributions } from '../hooks/useItemDistributions.js';
import { truncateLabel } from './truncateLabel.js';

const WAVES: readonly WaveKind[] = ['PRE', 'POST', 'FOLLOW_UP'];
/** Room the "n = 24" at the right end of an item's label line needs. */
const N_WIDTH = 52;

/** Items on the same answer scale, drawn as one chart (one set of categories and one legend). */
interface ScaleGroup {
  key: string;
  min: number;
  max: number;
  items: ItemDistribution[];
}

/** Groups items by their scale, in the API's order: a 1–5 and a 0–10 item cannot share bars. */
function groupByScale(items: readonly ItemDistribution[]): ScaleGroup[] {
  const groups = new Map<string, ScaleGroup>();
  for (const item of items) {
    const key = `${item.scaleMin}-${item.scaleMax}`;
    const group = groups.get(key) ?? { key, min: item.scaleMin, max: item.scaleMax, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The legend's name of an answer value: the scale's ends with their anchors ("1 = trifft gar
 * nicht zu", "5 = trifft voll zu"), the values between them as numbers, as the questionnaire prints them.
 */
function answerLabel(t: ReturnType<typeof useI18n>['t'], group: ScaleGroup, value: number): string {
  if (value === group.min) return t('surveys.answerLowest', { value });
  if (value === group.max) return t('surveys.answerHighest', { value });
  return String(value);
}

/** The number of answers with the value; null when the API withheld that count. */
function countOf(item: ItemDistribution, value: number): number | null {
  return item.counts.find((c) => c.value === value)?.count ?? null;
}

/**
 * The share of answers with the category's value; null when the API withheld that count (the
 * chart draws the withheld answers together, as n minus the shown counts). An item nobody
 * answered has shares of 0, not hidden ones.
 */
function shareOf(item: ItemDistribution, value: number): number | null {
  const count = countOf(item, value);
  if (count === null || item.n === null || item.n === undefined) return null;
  return item.n === 0 ? 0 : count / item.n;
}

/**
 * Answers per item in one wave (with a wave picker) as diverging stacked bars around the scale's
 * middle; suppressed items show `•`. The table gives the counts.
 */
export function ItemDistributionsChart({ instrument, scope }: { instrument: string; scope: ScopeInput }) {
  const { t, format, language } = useI18n();
  const id = useId();
  const suppressed = useSuppressedLabel();
  const [wave, setWave] = useState<WaveKind>('PRE');
  const { items, loading, error, refetch } = useItemDistributions(instrument, wave, language, scope);
  const values = [...new Set((items ?? []).flatMap((i) => i.counts.map((c) => c.value)))].sort(
    (a, b) => a - b,
  );
  const groups = useMemo(() => groupByScale(items ?? []), [items]);
  const itemLabel = (i: ItemDistribution) =>
    [i.item, i.text, i.reversed ? `(${t('surveys.reversed')})` : null].filter(Boolean).join(' ');
  const table = {
    columns: [
      { key: 'item', header: t('surveys.item'), value: itemLabel, rowHeader: true },
      metricColumn('n', t('surveys.n'), (i: ItemDistribution) => i.n),
      ...values.map((value) => ({
        key: `v${value}`,
        header: t('surveys.answer', { value }),
        value: (i: ItemDistribution) => countOf(i, value),
        suppressed: (i: ItemDistribution) =>
          i.suppressed || i.counts.some((c) => c.value === value && c.count === null),
      })),
    ],
    rows: items ?? [],
    rowKey: (i: ItemDistribution) => i.item,
  };
  return (
    <ChartCard
      title={t('surveys.itemsTitle')}
      description={t('surveys.itemsDescription')}
      definition="itemAnswers"
      footnote={
        <span data-testid="items-n">{t('surveys.itemsN', { responded: t('surveys.responded') })}</span>
      }
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
        onRetry={refetch}
        isEmpty={(i) => i.length === 0}
      >
        {() => (
          <Responsive>
            {(width) =>
              groups.map((group) => {
                const categories: AnswerCategory[] = [];
                for (let v = group.min; v <= group.max; v++)
                  categories.push({ key: String(v), label: answerLabel(t, group, v) });
                return (
                  <DivergingStackedBars
                    key={group.key}
                    data={group.items}
                    label={(i) => truncateLabel(itemLabel(i), width - N_WIDTH)}
                    categories={categories}
                    share={(i, index) => shareOf(i, group.min + index)}
                    n={(i) => i.n ?? null}
                    // Without n no share is known: the whole bar is hidden.
                    suppressed={(i) => i.suppressed || i.n === null || i.n === undefined}
                    width={width}
                    locale={format.locale}
                    labels={{
                      chart: `${t('surveys.itemsTitle')} (${t(`wave.${wave}`)})`,
                      suppressed,
                      n: t('surveys.n'),
                      legend: t('surveys.itemsLegend', { min: group.min, max: group.max }),
                      hiddenTogether: t('surveys.hiddenTogether'),
                    }}
                  />
                );
              })
            }
          </Responsive>
        )}
      </QueryState>
    </ChartCard>
  );
}
