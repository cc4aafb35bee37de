import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import { formatNumber } from '../format/formatNumber.js';
import { formatPercent } from '../format/formatPercent.js';
import { divergingColors, palette, readableTextColor } from '../theme/palette.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartTooltip } from './ChartTooltip.js';
import { SuppressedMarker } from './SuppressedMarker.js';
import { SuppressedNote } from './SuppressedNote.js';
import { useChartTooltip } from './useChartTooltip.js';

/** An answer category of a {@link DivergingStackedBars} chart, e.g. "stimme eher zu". */
export interface AnswerCategory {
  /** Stable key, e.g. `'4'`. */
  key: string;
  /** Name in legend, tooltip and aria-label. */
  label: string;
}

/** Props of {@link DivergingStackedBars}. */
export interface DivergingStackedBarsProps<T> {
  /** One entry per item (question). */
  data: readonly T[];
  /** Text of the item. */
  label: (d: T) => string;
  /** Answer categories from most negative to most positive; the middle one of an odd count is neutral. */
  categories: readonly AnswerCategory[];
  /** Share (0…1) of answers in category `index`, as the API reports it; null when unknown. */
  share: (d: T, index: number) => number | null;
  /** Number of answers behind the item, printed at the right. */
  n?: (d: T) => number | null;
  /** True when the API suppressed the item. */
  suppressed?: (d: T) => boolean;
  /** Width in pixels. */
  width: number;
  /** Height of one item (label line plus bar), default 56. */
  rowHeight?: number;
  /** Locale of numbers (default `'de-DE'`). */
  locale?: string;
  /** Texts: `chart` names the chart; `suppressed` explains `•`; `n` is the sample size symbol; `legend` names the legend. */
  labels: { chart: string; suppressed: string; n?: string; legend?: string };
}

const BAR_HEIGHT = 20;
const MIN_LABEL_WIDTH = 30;

/** How far a bar reaches left of the centre: all negative categories and half of the neutral one. */
function leftExtent(shares: readonly (number | null)[]): number {
  const half = Math.floor(shares.length / 2);
  let sum = 0;
  for (let i = 0; i < half; i++) sum += shares[i] ?? 0;
  return sum + (shares.length % 2 === 1 ? (shares[half] ?? 0) / 2 : 0);
}

/**
 * Likert answers per item as one bar stacked around the neutral middle: disagreement extends left
 * of the centre line, agreement right, the neutral share straddles it.
 */
export function DivergingStackedBars<T>({
  data,
  label,
  categories,
  share,
  n,
  suppressed,
  width,
  rowHeight = 56,
  locale = 'de-DE',
  labels,
}: DivergingStackedBarsProps<T>) {
  const { tooltip, bind } = useChartTooltip();
  const height = data.length * rowHeight;
  const colors = divergingColors(categories.length);
  const rows = useMemo(
    () =>
      data.map((d) => {
        const isSuppressed = suppressed?.(d) ?? false;
        const shares = categories.map((_, i) => (isSuppressed ? null : share(d, i)));
        return { d, isSuppressed, shares, left: leftExtent(shares) };
      }),
    [data, categories, share, suppressed],
  );
  const x = useMemo(() => {
    const reach = Math.max(
      0.1,
      ...rows.flatMap(({ shares, left }) => [
        left,
        shares.reduce<number>((sum, s) => sum + (s ?? 0), 0) - left,
      ]),
    );
    return scaleLinear<number>({ domain: [-reach, reach], range: [0, width], nice: true });
  }, [rows, width]);

  return (
    <div className="mq-chart mq-likert" style={{ width }}>
      <ChartLegend
        label={labels.legend}
        items={categories.map((c, i) => ({
          key: c.key,
          label: c.label,
          color: colors[i] ?? palette.neutral,
        }))}
      />
      <div className="mq-chart__plot">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart around its marks. */}
        <svg width={width} height={height} role="group" aria-label={labels.chart}>
          {rows.map(({ d, isSuppressed, shares, left }, row) => {
            const name = label(d);
            const size = isSuppressed ? null : (n?.(d) ?? null);
            const sizeText =
              n && labels.n ? `${labels.n} = ${size === null ? '–' : formatNumber(size, { locale })}` : null;
            const lines = isSuppressed
              ? [labels.suppressed]
              : [
                  ...categories.map((c, i) => {
                    const s = shares[i];
                    return `${c.label}: ${s === null || s === undefined ? '–' : formatPercent(s, { locale })}`;
                  }),
                  ...(sizeText ? [sizeText] : []),
                ];
            const barY = 24;
            let cursor = x(-left);
            return (
              <Group
                key={name}
                top={row * rowHeight}
                className="mq-mark mq-likert__item"
                tabIndex={0}
                role="img"
                aria-label={`${name}: ${lines.join('; ')}`}
                {...bind({ title: name, lines }, x(0), row * rowHeight + barY + BAR_HEIGHT)}
              >
                <rect
                  className="mq-mark__focus-ring"
                  x={-4}
                  y={2}
                  width={width + 8}
                  height={rowHeight - 4}
                  rx={4}
                  fill="transparent"
                />
                <text className="mq-chart__label" x={0} y={14}>
                  {name}
                </text>
                {sizeText && !isSuppressed ? (
                  <text className="mq-chart__small" x={width} y={14} textAnchor="end">
                    {sizeText}
                  </text>
                ) : null}
                {/* Per row, not across the chart: a full-height line would strike through the item texts. */}
                <line
                  className="mq-likert__centre"
                  x1={x(0)}
                  x2={x(0)}
                  y1={barY - 4}
                  y2={barY + BAR_HEIGHT + 4}
                  stroke={palette.ink}
                  strokeWidth={1}
                />
                {isSuppressed ? (
                  <SuppressedMarker
                    x={x(0)}
                    y={barY + BAR_HEIGHT / 2}
                    anchor="middle"
                    label={labels.suppressed}
                  />
                ) : (
                  categories.map((c, i) => {
                    const s = shares[i] ?? 0;
                    const from = cursor;
                    const segment = x(s) - x(0);
                    cursor += segment;
                    if (s <= 0) return null;
                    const fill = colors[i] ?? palette.neutral;
                    const ink = readableTextColor(fill);
                    return (
                      <g key={c.key} className="mq-likert__segment" data-category={c.key}>
                        <Bar x={from} y={barY} width={segment} height={BAR_HEIGHT} fill={fill} />
                        {segment >= MIN_LABEL_WIDTH ? (
                          <text
                            className="mq-chart__small"
                            x={from + segment / 2}
                            y={barY + BAR_HEIGHT / 2}
                            dy="0.35em"
                            textAnchor="middle"
                            fill={ink}
                            style={{ fill: ink }}
                          >
                            {formatPercent(s, { locale })}
                          </text>
                        ) : null}
                      </g>
                    );
                  })
                )}
              </Group>
            );
          })}
        </svg>
        <ChartTooltip tooltip={tooltip} width={width} />
      </div>
      {data.some((d) => suppressed?.(d) ?? false) ? <SuppressedNote label={labels.suppressed} /> : null}
    </div>
  );
}
