import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import { formatDecimal } from '../format/formatDecimal.js';
import { divergingColors, palette } from '../theme/palette.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, MISSING, shownMax, writeCount } from './chartData.js';
import { SuppressedSlot } from './SuppressedBand.js';

/** Props of {@link DivergingBarChart}. */
export interface DivergingBarChartProps<T> extends ChartBaseProps<T> {
  /** One entry per level, e.g. GAS levels −2 … +2 in that order. */
  data: readonly T[];
  /** The level: negative levels extend left of zero, positive right, level 0 is centred on it. */
  level: (d: T) => number;
  /** Count at the level; null when suppressed. */
  count: (d: T) => number | null;
  /** Name of a level, e.g. "−2 (deutlich unter Erwartung)" (default: the signed number). */
  levelLabel?: (level: number) => string;
  /** Room for the level names on the left (default 44, enough for "+2"). */
  labelWidth?: number;
  /** Height of one level (default 36). */
  rowHeight?: number;
  /** Texts: `chart` names the chart; `suppressed` explains `•`; `unit` follows counts in aria-labels ("Ziele"). */
  labels: { chart: string; suppressed: string; unit?: string };
}

const VALUE_SPACE = 56;
const BAR_HEIGHT = 22;

/**
 * Counts per level of a −k…+k scale as bars diverging from a centred zero line, counts printed.
 * A suppressed level is hatched over its whole side of the zero line with `•` on it, and never
 * shapes the scale.
 */
export function DivergingBarChart<T>({
  data,
  level,
  count,
  suppressed,
  levelLabel,
  width,
  labelWidth = 44,
  rowHeight = 36,
  locale = 'de-DE',
  labels,
}: DivergingBarChartProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const height = data.length * rowHeight;
  const plotLeft = labelWidth + VALUE_SPACE;
  const plotWidth = Math.max(40, width - plotLeft - VALUE_SPACE);
  const x = useMemo(() => {
    // Level 0 is split across the zero line, so only half of it reaches out on either side.
    const reach = shownMax(data, hidden, (d) => (count(d) ?? 0) / (level(d) === 0 ? 2 : 1));
    return scaleLinear<number>({ domain: [-reach, reach], range: [0, plotWidth] });
  }, [data, count, level, hidden, plotWidth]);
  const levels = data.map(level);
  const maxLevel = Math.max(1, ...levels.map(Math.abs));
  const colors = divergingColors(2 * maxLevel + 1);
  const name = levelLabel ?? ((l: number) => formatDecimal(l, { locale, digits: 0, signed: true }));
  const zero = x(0);

  return (
    <ChartCanvas className="mq-diverging" width={width} height={height} {...canvas}>
      <Group left={plotLeft}>
        {data.map((d, i) => {
          const l = level(d);
          const isSuppressed = hidden(d);
          const c = isSuppressed ? null : count(d);
          const text = isSuppressed
            ? labels.suppressed
            : c === null
              ? MISSING
              : `${writeCount(c, locale)}${labels.unit ? ` ${labels.unit}` : ''}`;
          const from = c === null ? zero : l < 0 ? x(-c) : l > 0 ? zero : x(-c / 2);
          const to = c === null ? zero : l < 0 ? zero : l > 0 ? x(c) : x(c / 2);
          const barY = (rowHeight - BAR_HEIGHT) / 2;
          const valueX = l < 0 ? from - 6 : to + 6;
          const anchor = l < 0 ? 'end' : 'start';
          const title = name(l);
          // A hidden level's slot: its side of the zero line, or both sides for level 0.
          const bandFrom = l > 0 ? zero : 0;
          const bandTo = l < 0 ? zero : plotWidth;
          return (
            <ChartMark
              key={l}
              top={i * rowHeight}
              className="mq-diverging__level"
              label={`${title}: ${text}`}
              data-level={l}
              suppressed={isSuppressed}
              tooltip={bind(
                { title, lines: [text] },
                plotLeft + (l < 0 ? from : to),
                i * rowHeight + barY + BAR_HEIGHT,
              )}
            >
              <FocusRing x={-plotLeft} y={1} width={width} height={rowHeight - 2} rx={4} />
              <text className="mq-chart__label" x={-plotLeft} y={rowHeight / 2} dy="0.35em">
                {title}
              </text>
              {isSuppressed ? (
                <SuppressedSlot
                  x={bandFrom}
                  y={barY}
                  width={bandTo - bandFrom}
                  height={BAR_HEIGHT}
                  patternId={hatchId}
                  label={labels.suppressed}
                  // Level 0's band straddles the zero line; its • keeps off the line, where 0 would be.
                  marker={l === 0 ? { x: zero / 2 } : undefined}
                />
              ) : c !== null && c > 0 ? (
                <Bar
                  className="mq-diverging__bar"
                  x={from}
                  y={barY}
                  width={to - from}
                  height={BAR_HEIGHT}
                  rx={2}
                  fill={colors[l + maxLevel] ?? palette.neutral}
                />
              ) : null}
              {isSuppressed ? null : (
                <text
                  className="mq-chart__value"
                  x={valueX}
                  y={rowHeight / 2}
                  dy="0.35em"
                  textAnchor={anchor}
                >
                  {writeCount(c, locale)}
                </text>
              )}
            </ChartMark>
          );
        })}
        <line
          className="mq-chart__zero"
          x1={zero}
          x2={zero}
          y1={0}
          y2={height}
          stroke={palette.ink}
          strokeWidth={1}
        />
      </Group>
    </ChartCanvas>
  );
}
