import { AxisBottom, AxisLeft, type AxisScale } from '@visx/axis';
import { formatMonth } from '../format/formatMonth.js';
import { formatNumber } from '../format/formatNumber.js';
import { palette } from '../theme/palette.js';
import { thinTicks } from './thinTicks.js';

/** Props of {@link MonthAxes}. */
export interface MonthAxesProps {
  /** The count scale (left axis). */
  y: AxisScale;
  /** The month scale (bottom axis), keyed by `YYYY-MM`. */
  x: AxisScale;
  /** The months shown, in order; thinned so labels do not overlap. */
  months: readonly string[];
  innerWidth: number;
  innerHeight: number;
  locale: string;
  /** False when no month is shown: then there is no count to scale, and the axis has no numbers. */
  counts?: boolean;
}

/** The axes the monthly charts share: counts on the left, thinned month labels below. */
export function MonthAxes({ y, x, months, innerWidth, innerHeight, locale, counts = true }: MonthAxesProps) {
  return (
    <>
      <AxisLeft
        scale={y}
        tickValues={counts ? countTicks(y) : []}
        hideAxisLine
        hideTicks
        axisClassName="mq-chart__axis"
        tickFormat={(v) => formatNumber(Number(v), { locale })}
      />
      <AxisBottom
        scale={x}
        top={innerHeight}
        tickValues={thinTicks(months, innerWidth, 56)}
        stroke={palette.muted}
        tickStroke={palette.muted}
        axisClassName="mq-chart__axis"
        tickFormat={(m) => formatMonth(String(m), { locale })}
      />
    </>
  );
}

/**
 * Whole-number ticks of a count scale: on a small domain (0–1 when no month has more) the
 * scale's five ticks are 0, 0.2, … 1, which read "0, 0, 0, 1, 1, 1" as counts.
 */
export function countTicks(scale: AxisScale): number[] | undefined {
  const ticks =
    'ticks' in scale && typeof scale.ticks === 'function' ? (scale.ticks(5) as number[]) : undefined;
  return ticks?.filter((tick) => Number.isInteger(tick));
}
