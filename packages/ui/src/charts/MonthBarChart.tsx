import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import { formatMonth } from '../format/formatMonth.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, categoricalColor, shownMax, writeCount } from './chartData.js';
import { byMonth, type MonthMargin, MonthPlot, useMonthFrame } from './MonthAxes.js';
import { SuppressedSlot } from './SuppressedBand.js';

/** One series of a {@link MonthBarChart}, e.g. activities or initiatives reached. */
export interface MonthBarSeries<T> {
  /** Stable key. */
  key: string;
  /** Name in legend, tooltip and aria-label. */
  label: string;
  /** The month's count; null when suppressed. */
  value: (d: T) => number | null;
  /** Bar colour (default: the next Okabe–Ito colour). */
  color?: string;
}

/** Props of {@link MonthBarChart}. */
export interface MonthBarChartProps<T> extends ChartBaseProps<T> {
  /** One entry per month, ascending. */
  data: readonly T[];
  /** Month key `YYYY-MM`. */
  month: (d: T) => string;
  /** One or two series, drawn side by side per month. */
  series: readonly MonthBarSeries<T>[];
  /** Height in pixels (default 260). */
  height?: number;
  /** Texts: `chart` names the chart; `suppressed` explains `•`; `legend` names the legend list. */
  labels: { chart: string; suppressed: string; legend?: string };
}

/** The top margin holds the row of `•` above hidden months. */
const MARGIN: MonthMargin = { top: 22, right: 8, bottom: 32, left: 52 };

/**
 * Bars per month for one or two series, months labelled in the locale (`Jan. 25`), with tooltips.
 * Every month from the first to the last has its slot; a month without an entry counts 0.
 * A suppressed month is a hatched column over its whole slot with `•` above it: never a bar at 0,
 * never an empty slot, and its values never shape the count axis.
 */
export function MonthBarChart<T>({
  data,
  month,
  series,
  suppressed,
  width,
  height = 260,
  locale = 'de-DE',
  labels,
}: MonthBarChartProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const frame = useMonthFrame(data, month, width, height, MARGIN);
  const { months, innerWidth, innerHeight } = frame;
  const entries = useMemo(() => byMonth(data, month), [data, month]);
  const x = useMemo(
    () =>
      scaleBand<string>({ domain: months, range: [0, innerWidth], paddingInner: 0.25, paddingOuter: 0.1 }),
    [months, innerWidth],
  );
  const inner = useMemo(
    () => scaleBand<string>({ domain: series.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.08 }),
    [series, x],
  );
  const y = useMemo(() => {
    const max = shownMax(data, hidden, (d) => series.map((s) => s.value(d)));
    return scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  }, [data, series, hidden, innerHeight]);
  // With every month hidden there is nothing to scale: no count axis, no grid.
  const anyShown = data.some((d) => !hidden(d) && series.some((s) => s.value(d) !== null));
  const colorOf = (s: MonthBarSeries<T>, i: number) => s.color ?? categoricalColor(i);

  return (
    <ChartCanvas
      className="mq-month-bars"
      width={width}
      height={height}
      {...canvas}
      legend={
        series.length > 1 ? (
          <ChartLegend
            label={labels.legend}
            items={series.map((s, i) => ({ key: s.key, label: s.label, color: colorOf(s, i) }))}
          />
        ) : null
      }
    >
      <MonthPlot {...frame} y={y} x={x} locale={locale} counts={anyShown}>
        {months.map((key) => {
          const d = entries.get(key);
          // A month without an entry had nothing to count: 0 in every series.
          const countOf = (s: MonthBarSeries<T>) => (d === undefined ? 0 : s.value(d));
          const left = x(key) ?? 0;
          const isSuppressed = d !== undefined && hidden(d);
          const title = formatMonth(key, { locale, style: 'long' });
          const lines = isSuppressed
            ? [labels.suppressed]
            : series.map((s) => `${s.label}: ${writeCount(countOf(s), locale)}`);
          const top = isSuppressed ? 0 : Math.min(...series.map((s) => y(countOf(s) ?? 0)));
          return (
            <ChartMark
              key={key}
              left={left}
              className="mq-month-bars__month"
              label={`${title}: ${lines.join('; ')}`}
              data-month={key}
              suppressed={isSuppressed}
              tooltip={bind({ title, lines }, MARGIN.left + left + x.bandwidth() / 2, MARGIN.top + top)}
            >
              <FocusRing x={0} y={0} width={x.bandwidth()} height={innerHeight} />
              {isSuppressed ? (
                <SuppressedSlot
                  x={0}
                  y={0}
                  width={x.bandwidth()}
                  height={innerHeight}
                  patternId={hatchId}
                  label={labels.suppressed}
                  rx={1}
                  marker={{ y: -MARGIN.top / 2, halo: false }}
                />
              ) : (
                series.map((s, i) => {
                  const v = countOf(s);
                  if (v === null || v === 0) return null;
                  return (
                    <Bar
                      key={s.key}
                      className="mq-month-bars__bar"
                      x={inner(s.key) ?? 0}
                      y={y(v)}
                      width={inner.bandwidth()}
                      height={innerHeight - y(v)}
                      fill={colorOf(s, i)}
                      rx={2}
                    />
                  );
                })
              )}
            </ChartMark>
          );
        })}
      </MonthPlot>
    </ChartCanvas>
  );
}
