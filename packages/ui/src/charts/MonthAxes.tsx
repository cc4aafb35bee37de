import { AxisBottom, AxisLeft, type AxisScale } from '@visx/axis';
import { Group } from '@visx/group';
import { type ReactNode, useMemo } from 'react';
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

/** Margins around the plot of a monthly chart; the top one holds the row of `•` above hidden months. */
export interface MonthMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Every month from the earliest to the latest of `months` (`YYYY-MM`), in order: a time axis with
 * even spacing must not skip the months the data has no entry for (Aug. 25 → Okt. 25 would read
 * as one month apart).
 */
export function everyMonth(months: readonly string[]): string[] {
  const valid = months.filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (first === undefined || last === undefined || valid.length !== months.length)
    return [...new Set(months)];
  const all: string[] = [];
  let year = Number(first.slice(0, 4));
  let monthNo = Number(first.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(monthNo).padStart(2, '0')}`;
    all.push(key);
    if (key >= last) return all;
    monthNo += 1;
    if (monthNo > 12) {
      monthNo = 1;
      year += 1;
    }
  }
}

/** The entry of each month in `data`, by `YYYY-MM`; months without an entry are absent. */
export function byMonth<T>(data: readonly T[], month: (d: T) => string): Map<string, T> {
  return new Map(data.map((d) => [month(d), d]));
}

/**
 * How a monthly chart lays out: every month from the first to the last in order (also those
 * without an entry) and the plot's size inside the margins, ready to spread into {@link MonthPlot}.
 */
export function useMonthFrame<T>(
  data: readonly T[],
  month: (d: T) => string,
  width: number,
  height: number,
  margin: MonthMargin,
) {
  const months = useMemo(() => everyMonth(data.map(month)), [data, month]);
  return {
    margin,
    months,
    innerWidth: Math.max(0, width - margin.left - margin.right),
    innerHeight: Math.max(0, height - margin.top - margin.bottom),
  };
}

/** A linear count scale, as the monthly charts draw their counts on. */
type CountScale = ((value: number) => number) & { ticks(count?: number): number[] };

/** Props of {@link MonthPlot}. */
export interface MonthPlotProps extends Omit<MonthAxesProps, 'y'> {
  /** The count scale (left axis and grid). */
  y: AxisScale<number> & CountScale;
  /** Where the plot starts in the SVG. */
  margin: { top: number; left: number };
  /** The marks, drawn over the grid and under the axes. */
  children: ReactNode;
}

/**
 * The plot of a monthly chart: grid lines per count tick behind the marks, the axes in front;
 * with no month shown (`counts` false) neither grid nor numbers.
 */
export function MonthPlot({ margin, children, ...axes }: MonthPlotProps) {
  const { innerWidth, counts = true } = axes;
  const y: CountScale = axes.y;
  return (
    <Group left={margin.left} top={margin.top}>
      {(counts ? y.ticks(5) : []).map((tick) => (
        <line key={tick} className="mq-chart__grid" x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} />
      ))}
      {children}
      <MonthAxes {...axes} />
    </Group>
  );
}
