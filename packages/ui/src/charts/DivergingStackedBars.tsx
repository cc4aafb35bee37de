import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import { formatPercent } from '../format/formatPercent.js';
import { divergingColors, palette, readableTextColor } from '../theme/palette.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, writeCount } from './chartData.js';
import { SuppressedSlot } from './SuppressedBand.js';

/** An answer category of a {@link DivergingStackedBars} chart, e.g. "stimme eher zu". */
export interface AnswerCategory {
  /** Stable key, e.g. `'4'`. */
  key: string;
  /** Name in legend, tooltip and aria-label. */
  label: string;
}

/** Props of {@link DivergingStackedBars}. */
export interface DivergingStackedBarsProps<T> extends ChartBaseProps<T> {
  /** One entry per item (question). */
  data: readonly T[];
  /** Text of the item. */
  label: (d: T) => string;
  /** Answer categories from most negative to most positive; the middle one of an odd count is neutral. */
  categories: readonly AnswerCategory[];
  /**
   * Share (0…1) of answers in category `index`, as the API reports it; null when the API hid
   * that answer's count. The hidden answers of an item are drawn together as one hatched segment
   * of what the shown shares leave (1 − their sum), so the shares must be of all the item's answers.
   */
  share: (d: T, index: number) => number | null;
  /** Number of answers behind the item, printed at the right. */
  n?: (d: T) => number | null;
  /** True when the API suppressed the item (or its n): the whole bar is then hatched. */
  suppressed?: (d: T) => boolean;
  /** Height of one item (label line plus bar), default 56. */
  rowHeight?: number;
  /**
   * Texts: `chart` names the chart; `suppressed` explains `•`; `n` is the sample size symbol;
   * `legend` names the legend; `hiddenTogether` names the share of an item's hidden answers
   * together ("ausgeblendete Antworten zusammen").
   */
  labels: { chart: string; suppressed: string; n?: string; legend?: string; hiddenTogether?: string };
}

/** One piece of an item's bar: a category's share, or the hidden categories together. */
type Segment =
  | { kind: 'shown'; index: number; share: number }
  | { kind: 'hidden'; indexes: number[]; share: number };

/** How one item's bar is laid out, in shares of its answers. */
interface ItemLayout {
  /** The pieces in drawing order, left to right. */
  segments: Segment[];
  /** How far the bar reaches left of the centre line. */
  left: number;
  /** How far it reaches right of it. */
  right: number;
  /** The hidden answers together, when they cannot be placed in the row (see {@link layoutItem}). */
  detached: { indexes: number[]; share: number } | null;
  /** The indexes of the hidden categories. */
  hidden: number[];
}

/** Room between a bar and its detached hidden segment, as a share. */
const DETACHED_GAP = 0.03;

/**
 * Lays out one item. Shown categories keep their place; the hidden ones (share null) are one
 * hatched segment of `1 − Σ shown`, which the shown numbers already give, placed where it says
 * nothing false: at the hidden categories' place when they are neighbours (counting shown
 * categories of share 0 as no gap), straddling the centre when they include the neutral one or
 * lie on both sides of it; otherwise (e.g. the two extremes hidden) detached after the bar,
 * which is then centred on its shown categories. A suppressed item is one hatched bar of 100 %
 * around the centre.
 */
export function layoutItem(shares: readonly (number | null)[], suppressed: boolean): ItemLayout {
  const count = shares.length;
  const all = shares.map((_, i) => i);
  if (suppressed || shares.every((s) => s === null))
    return {
      segments: [{ kind: 'hidden', indexes: all, share: 1 }],
      left: 0.5,
      right: 0.5,
      detached: null,
      hidden: all,
    };
  const half = Math.floor(count / 2);
  const neutral = count % 2 === 1 ? half : -1;
  const hidden = all.filter((i) => shares[i] === null);
  let shownLeft = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const s = shares[i];
    if (s === null || s === undefined) continue;
    total += s;
    if (i < half) shownLeft += s;
    else if (i === neutral) shownLeft += s / 2;
  }
  const segmentsOfShown = all.flatMap((i): Segment[] => {
    const s = shares[i];
    return s === null || s === undefined ? [] : [{ kind: 'shown', index: i, share: s }];
  });
  if (hidden.length === 0)
    return { segments: segmentsOfShown, left: shownLeft, right: total - shownLeft, detached: null, hidden };
  const rest = Math.max(0, 1 - total);
  const first = hidden[0] ?? 0;
  const last = hidden[hidden.length - 1] ?? 0;
  const neighbours = all
    .slice(first, last + 1)
    .every((i) => shares[i] === null || shares[i] === 0 || shares[i] === undefined);
  if (!neighbours)
    return {
      segments: segmentsOfShown,
      left: shownLeft,
      right: total - shownLeft + DETACHED_GAP + rest,
      detached: { indexes: hidden, share: rest },
      hidden,
    };
  const segments = all.flatMap((i): Segment[] => {
    if (i === first) return [{ kind: 'hidden', indexes: hidden, share: rest }];
    const s = shares[i];
    return s === null || s === undefined ? [] : [{ kind: 'shown', index: i, share: s }];
  });
  // Wholly left of the centre, wholly right of it, or across it (then half on either side).
  const allNegative = last < half;
  const allPositive = neutral >= 0 ? first > neutral : first >= half;
  const left = shownLeft + (allNegative ? rest : allPositive ? 0 : rest / 2);
  return { segments, left, right: total + rest - left, detached: null, hidden };
}

const BAR_HEIGHT = 20;
const MIN_LABEL_WIDTH = 30;

/** The hidden answers of an item together: one hatched segment with `•`, never narrower than the `•`. */
function HiddenSegment({
  keys,
  x,
  y,
  width,
  patternId,
  label,
  detached = false,
}: {
  /** The hidden categories' keys, space-separated. */
  keys: string;
  x: number;
  y: number;
  width: number;
  patternId: string;
  label: string;
  /** Drawn apart after the bar (see {@link layoutItem}). */
  detached?: boolean;
}) {
  return (
    <g
      className="mq-likert__segment mq-likert__segment--hidden"
      data-category={keys}
      data-suppressed="true"
      data-detached={detached || undefined}
    >
      <SuppressedSlot
        x={x}
        y={y}
        width={width}
        height={BAR_HEIGHT}
        rx={0}
        patternId={patternId}
        label={label}
      />
    </g>
  );
}

/**
 * Likert answers per item as one bar stacked around the neutral middle: disagreement extends left
 * of the centre line, agreement right, the neutral share straddles it. Hidden answers are a
 * hatched segment with `•` (see {@link layoutItem}), never a missing category.
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
  const height = data.length * rowHeight;
  const colors = divergingColors(categories.length);
  const rows = useMemo(
    () =>
      data.map((d) => {
        const isSuppressed = suppressed?.(d) ?? false;
        const shares = categories.map((_, i) => (isSuppressed ? null : share(d, i)));
        return { d, isSuppressed, shares, layout: layoutItem(shares, isSuppressed) };
      }),
    [data, categories, share, suppressed],
  );
  const x = useMemo(() => {
    // From shown shares (and what they leave for the hidden answers) only.
    const reach = Math.max(0.1, ...rows.flatMap(({ layout }) => [layout.left, layout.right]));
    return scaleLinear<number>({ domain: [-reach, reach], range: [0, width], nice: true });
  }, [rows, width]);
  const { bind, hatchId, canvas } = useChartCanvas(
    data,
    suppressed,
    labels,
    rows.some(({ layout }) => layout.hidden.length > 0),
  );

  const keysOf = (indexes: readonly number[]) =>
    indexes.map((i) => categories[i]?.key ?? String(i)).join(' ');

  return (
    <ChartCanvas
      className="mq-likert"
      width={width}
      height={height}
      {...canvas}
      legend={
        <ChartLegend
          label={labels.legend}
          items={categories.map((c, i) => ({
            key: c.key,
            label: c.label,
            color: colors[i] ?? palette.neutral,
          }))}
        />
      }
    >
      {rows.map(({ d, isSuppressed, shares, layout }, row) => {
        const name = label(d);
        const size = isSuppressed ? null : (n?.(d) ?? null);
        const sizeText =
          n && labels.n ? `${labels.n} = ${isSuppressed ? '•' : writeCount(size, locale)}` : null;
        const hiddenShare = layout.segments.find((g) => g.kind === 'hidden')?.share ?? layout.detached?.share;
        const lines = isSuppressed
          ? [labels.suppressed]
          : [
              ...categories.map((c, i) => {
                const s = shares[i];
                return `${c.label}: ${s === null || s === undefined ? labels.suppressed : formatPercent(s, { locale })}`;
              }),
              ...(layout.hidden.length > 0 && labels.hiddenTogether && hiddenShare !== undefined
                ? [`${labels.hiddenTogether}: ${formatPercent(hiddenShare, { locale })}`]
                : []),
              ...(sizeText ? [sizeText] : []),
            ];
        const hiddenTitle = (indexes: readonly number[]) =>
          isSuppressed
            ? labels.suppressed
            : `${indexes.map((i) => categories[i]?.label ?? '').join(', ')}: ${labels.suppressed}`;
        const barY = 24;
        let cursor = x(-layout.left);
        return (
          <ChartMark
            key={name}
            top={row * rowHeight}
            className="mq-likert__item"
            label={`${name}: ${lines.join('; ')}`}
            tooltip={bind({ title: name, lines }, x(0), row * rowHeight + barY + BAR_HEIGHT)}
          >
            <FocusRing x={-4} y={2} width={width + 8} height={rowHeight - 4} rx={4} />
            <text className="mq-chart__label" x={0} y={14}>
              {name}
            </text>
            {sizeText ? (
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
            {layout.segments.map((g) => {
              const from = cursor;
              const segment = x(g.share) - x(0);
              cursor += segment;
              if (g.kind === 'hidden') {
                // Never narrower than the • it carries: hidden answers always show.
                const drawn = Math.max(segment, 10);
                return (
                  <HiddenSegment
                    key={`hidden-${keysOf(g.indexes)}`}
                    keys={keysOf(g.indexes)}
                    x={from - (drawn - segment) / 2}
                    y={barY}
                    width={drawn}
                    patternId={hatchId}
                    label={hiddenTitle(g.indexes)}
                  />
                );
              }
              const { index: i, share: s } = g;
              const c = categories[i];
              if (!c || s <= 0) return null;
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
            })}
            {layout.detached ? (
              <HiddenSegment
                keys={keysOf(layout.detached.indexes)}
                x={cursor + x(DETACHED_GAP) - x(0)}
                y={barY}
                width={Math.max(x(layout.detached.share) - x(0), 10)}
                patternId={hatchId}
                label={hiddenTitle(layout.detached.indexes)}
                detached
              />
            ) : null}
          </ChartMark>
        );
      })}
    </ChartCanvas>
  );
}
