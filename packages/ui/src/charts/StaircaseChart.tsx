import { scaleBand } from '@visx/scale';
import { useMemo } from 'react';
import { palette } from '../theme/palette.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartMark } from './ChartMark.js';
import { type ChartBaseProps, shownMax, writeCount } from './chartData.js';
import { SuppressedBand } from './SuppressedBand.js';
import { SuppressedMarker } from './SuppressedMarker.js';

/** Props of {@link StaircaseChart}. */
export interface StaircaseChartProps<T> extends ChartBaseProps<T> {
  /** One entry per level of the Wirkungstreppe, 1 … 7 in that order. */
  data: readonly T[];
  /** The level, 1 … 7. */
  level: (d: T) => number;
  /** Goals aimed at this level; null when suppressed. */
  goals: (d: T) => number | null;
  /** Of those, goals attained; null when suppressed. */
  attained: (d: T) => number | null;
  /** Name of a level under its step, e.g. "Stufe 4" (default: the number). */
  levelLabel?: (level: number) => string;
  /** Height in pixels (default 300). */
  height?: number;
  /**
   * Texts: `chart` names the chart; `goals` / `attained` name the two counts ("Ziele", "erreicht");
   * `suppressed` explains `•`; `tiers` names the levels 1–3, 4–6 and 7 (Output, Outcome, Impact).
   */
  labels: {
    chart: string;
    goals: string;
    attained: string;
    suppressed: string;
    tiers?: { output: string; outcome: string; impact: string };
  };
}

const TOP_SPACE = 44;
const BOTTOM_SPACE = 24;

/** The tier of a level of the PHINEO Wirkungstreppe: 1–3 output, 4–6 outcome, 7 impact. */
function tierOf(level: number): 'output' | 'outcome' | 'impact' {
  return level <= 3 ? 'output' : level <= 6 ? 'outcome' : 'impact';
}

const TIER_COLORS = {
  output: palette.categorical[4],
  outcome: palette.categorical[0],
  impact: palette.categorical[2],
} as const;

/**
 * The Wirkungstreppe as one bar per level, in the order of the steps and labelled with them; a
 * bar's height is proportional to the level's goal count (a level without goals has no bar), its
 * goals and attained goals are printed above it, and the attained share is its darker part. A
 * hidden level is hatched over the whole height, so its height hints at no count.
 */
export function StaircaseChart<T>({
  data,
  level,
  goals,
  attained,
  suppressed,
  levelLabel = (l) => String(l),
  width,
  height = 300,
  locale = 'de-DE',
  labels,
}: StaircaseChartProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const levels = useMemo(() => data.map(level), [data, level]);
  const x = useMemo(
    () => scaleBand<number>({ domain: levels, range: [0, width], paddingInner: 0.06 }),
    [levels, width],
  );
  const stairHeight = Math.max(40, height - TOP_SPACE - BOTTOM_SPACE);
  // Hidden levels' counts never reach the scale, so no bar's height can hint at them.
  const maxGoals = useMemo(() => shownMax(data, hidden, goals), [data, hidden, goals]);
  const tiers = labels.tiers;
  const write = (v: number | null) => writeCount(v, locale);

  return (
    <ChartCanvas
      className="mq-staircase"
      width={width}
      height={height}
      {...canvas}
      legend={
        tiers ? (
          <ChartLegend
            items={(['output', 'outcome', 'impact'] as const).map((tier) => ({
              key: tier,
              label: tiers[tier],
              color: TIER_COLORS[tier] ?? palette.ink,
            }))}
          />
        ) : null
      }
    >
      {data.map((d) => {
        const l = level(d);
        const isSuppressed = hidden(d);
        const g = isSuppressed ? null : goals(d);
        const a = isSuppressed ? null : attained(d);
        const stepHeight = isSuppressed
          ? stairHeight
          : g === null || g <= 0
            ? 0
            : (stairHeight * g) / maxGoals;
        const left = x(l) ?? 0;
        const top = TOP_SPACE + stairHeight - stepHeight;
        const color = TIER_COLORS[tierOf(l)] ?? palette.ink;
        const title = levelLabel(l);
        const lines = isSuppressed
          ? [labels.suppressed]
          : [`${labels.goals}: ${write(g)}`, `${labels.attained}: ${write(a)}`];
        const attainedHeight = g && a !== null ? (stepHeight * Math.min(a, g)) / g : 0;
        const mid = x.bandwidth() / 2;
        const block = { x: 0, y: top, width: x.bandwidth(), height: stepHeight, rx: 3 };
        return (
          <ChartMark
            key={l}
            left={left}
            className="mq-staircase__step"
            label={`${title}: ${lines.join(', ')}`}
            data-level={l}
            suppressed={isSuppressed}
            tooltip={bind({ title, lines }, left + mid, top)}
          >
            {isSuppressed ? (
              // The whole height, hatched: a hidden level has no count, so neither 0 nor any other.
              <SuppressedBand
                className="mq-staircase__block"
                {...block}
                patternId={hatchId}
                label={labels.suppressed}
              />
            ) : stepHeight > 0 ? (
              <rect className="mq-staircase__block" {...block} fill={color} fillOpacity={0.22} />
            ) : null}
            {attainedHeight > 0 ? (
              <rect
                className="mq-staircase__attained"
                x={0}
                y={top + stepHeight - attainedHeight}
                width={x.bandwidth()}
                height={attainedHeight}
                rx={3}
                fill={color}
              />
            ) : null}
            {isSuppressed ? (
              <SuppressedMarker x={mid} y={top - 14} anchor="middle" label={labels.suppressed} />
            ) : (
              <>
                <text className="mq-chart__value" x={mid} y={top - 24} dy="0.35em" textAnchor="middle">
                  {write(g)}
                </text>
                <text className="mq-chart__small" x={mid} y={top - 8} dy="0.35em" textAnchor="middle">
                  {/* Narrow steps cannot hold the word; tooltip and aria-label still carry it. */}
                  {x.bandwidth() >= 72 ? `${write(a)} ${labels.attained}` : `${write(a)} ✓`}
                </text>
              </>
            )}
            <text
              className="mq-chart__label"
              x={mid}
              y={TOP_SPACE + stairHeight + BOTTOM_SPACE / 2 + 2}
              dy="0.35em"
              textAnchor="middle"
            >
              {x.bandwidth() >= 60 ? title : String(l)}
            </text>
          </ChartMark>
        );
      })}
    </ChartCanvas>
  );
}
