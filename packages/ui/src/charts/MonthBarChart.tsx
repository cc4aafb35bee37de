import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId, useMemo } from 'react';
import { formatMonth } from '../format/formatMonth.js';
import { formatNumber } from '../format/formatNumber.js';
import { palette } from '../theme/palette.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartTooltip } from './ChartTooltip.js';
import { HatchPattern } from './HatchPattern.js';
import { MonthAxes } from './MonthAxes.js';
import { SuppressedBand } from './SuppressedBand.js';
import { SuppressedMarker } from './SuppressedMarker.js';
import { SuppressedNote } from './SuppressedNote.js';
import { svgId } from './svgId.js';
import { useChartTooltip } from './useChartTooltip.js';

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
export interface MonthBarChartProps<T> {
  /** One entry per month, ascending. */
  data: readonly T[];
  /** Month key `YYYY-MM`. */
  month: (d: T) => string;
  /** One or two series, drawn side by side per month. */
  series: readonly MonthBarSeries<T>[];
  /** True when the API suppressed the month. */
  suppressed?: (d: T) => boolean;
  /** Width in pixels. */
  width: number;
  /** Height in pixels (default 260). */
  height?: number;
  /** Locale of numbers and month names (default `'de-DE'`). */
  locale?: string;
  /** Texts: `chart` names the chart; `suppressed` explains `•`; `legend` names the legend list. */
  labels: { chart: string; suppressed: string; legend?: string };
}

/** The top margin holds the row of `•` above hidden months. */
const MARGIN = { top: 22, right: 8, bottom: 32, left: 52 };

/**
 * Bars per month for one or two series, months labelled in the locale (`Jan. 25`), with tooltips.
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
  const hatchId = svgId(useId(), 'hidden');
  const { tooltip, bind } = useChartTooltip();
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const months = useMemo(() => data.map(month), [data, month]);
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
    // Shown months only: a hidden month's values must not reach the axis.
    const shown = data.filter((d) => !(suppressed?.(d) ?? false));
    const max = Math.max(1, ...shown.flatMap((d) => series.map((s) => s.value(d) ?? 0)));
    return scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  }, [data, series, suppressed, innerHeight]);
  // With every month hidden there is nothing to scale: no count axis, no grid.
  const anyShown = data.some((d) => !(suppressed?.(d) ?? false) && series.some((s) => s.value(d) !== null));
  const colors = series.map(
    (s, i) => s.color ?? palette.categorical[i % palette.categorical.length] ?? palette.ink,
  );

  return (
    <div className="mq-chart mq-month-bars" style={{ width }}>
      {series.length > 1 ? (
        <ChartLegend
          label={labels.legend}
          items={series.map((s, i) => ({ key: s.key, label: s.label, color: colors[i] ?? palette.ink }))}
        />
      ) : null}
      <div className="mq-chart__plot">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart around its marks. */}
        <svg width={width} height={height} role="group" aria-label={labels.chart}>
          <defs>
            <HatchPattern id={hatchId} />
          </defs>
          <Group left={MARGIN.left} top={MARGIN.top}>
            {(anyShown ? y.ticks(5) : []).map((tick) => (
              <line key={tick} className="mq-chart__grid" x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} />
            ))}
            {data.map((d) => {
              const key = month(d);
              const left = x(key) ?? 0;
              const isSuppressed = suppressed?.(d) ?? false;
              const title = formatMonth(key, { locale, style: 'long' });
              const lines = isSuppressed
                ? [labels.suppressed]
                : series.map((s) => {
                    const v = s.value(d);
                    return `${s.label}: ${v === null ? '–' : formatNumber(v, { locale })}`;
                  });
              const top = isSuppressed ? 0 : Math.min(...series.map((s) => y(s.value(d) ?? 0)));
              return (
                <Group
                  key={key}
                  left={left}
                  className="mq-mark mq-month-bars__month"
                  tabIndex={0}
                  role="img"
                  aria-label={`${title}: ${lines.join('; ')}`}
                  data-month={key}
                  data-suppressed={isSuppressed || undefined}
                  {...bind({ title, lines }, MARGIN.left + left + x.bandwidth() / 2, MARGIN.top + top)}
                >
                  <rect
                    className="mq-mark__focus-ring"
                    x={0}
                    y={0}
                    width={x.bandwidth()}
                    height={innerHeight}
                    fill="transparent"
                  />
                  {isSuppressed ? (
                    <>
                      <SuppressedBand
                        x={0}
                        y={0}
                        width={x.bandwidth()}
                        height={innerHeight}
                        patternId={hatchId}
                        label={labels.suppressed}
                        rx={1}
                      />
                      <SuppressedMarker
                        x={x.bandwidth() / 2}
                        y={-MARGIN.top / 2}
                        halo={false}
                        anchor="middle"
                        label={labels.suppressed}
                      />
                    </>
                  ) : (
                    series.map((s, i) => {
                      const v = s.value(d);
                      if (v === null || v === 0) return null;
                      return (
                        <Bar
                          key={s.key}
                          className="mq-month-bars__bar"
                          x={inner(s.key) ?? 0}
                          y={y(v)}
                          width={inner.bandwidth()}
                          height={innerHeight - y(v)}
                          fill={colors[i]}
                          rx={2}
                        />
                      );
                    })
                  )}
                </Group>
              );
            })}
            <MonthAxes
              y={y}
              x={x}
              months={months}
              innerWidth={innerWidth}
              innerHeight={innerHeight}
              locale={locale}
              counts={anyShown}
            />
          </Group>
        </svg>
        <ChartTooltip tooltip={tooltip} width={width} />
      </div>
      {data.some((d) => suppressed?.(d) ?? false) ? (
        <SuppressedNote label={labels.suppressed} hatched />
      ) : null}
    </div>
  );
}
