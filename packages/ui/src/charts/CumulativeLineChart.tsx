import { scaleLinear, scalePoint } from '@visx/scale';
import { AreaClosed, LinePath } from '@visx/shape';
import { useMemo } from 'react';
import { formatMonth } from '../format/formatMonth.js';
import { palette } from '../theme/palette.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, shownMax, writeCount } from './chartData.js';
import { byMonth, type MonthMargin, MonthPlot, useMonthFrame } from './MonthAxes.js';
import { SuppressedMarker } from './SuppressedMarker.js';

/** Props of {@link CumulativeLineChart}. */
export interface CumulativeLineChartProps<T> extends ChartBaseProps<T> {
  /** One entry per month, ascending. */
  data: readonly T[];
  /** Month key `YYYY-MM`. */
  month: (d: T) => string;
  /** The cumulative count up to the end of the month, as the API reports it; null when suppressed. */
  value: (d: T) => number | null;
  /** Height in pixels (default 260). */
  height?: number;
  /** Line colour (default Okabe–Ito blue). */
  color?: string;
  /** Texts: `chart` names the chart; `value` names the series ("Initiativen kumuliert"); `suppressed` explains `•`. */
  labels: { chart: string; value: string; suppressed: string };
}

/** The top margin holds the row of `•` above hidden months. */
const MARGIN: MonthMargin = { top: 22, right: 16, bottom: 32, left: 52 };

/** A month of the curve: the value the chart draws (null when hidden or missing) and whether it is hidden. */
interface Row {
  month: string;
  value: number | null;
  hidden: boolean;
}

/**
 * Every month from the first to the last: a month without an entry added nothing, so its
 * cumulative count is the month before's (and hidden when that one is, as it would tell it).
 */
function rowsOf<T>(
  months: readonly string[],
  entries: ReadonlyMap<string, T>,
  value: (d: T) => number | null,
  hidden: (d: T) => boolean,
): Row[] {
  const rows: Row[] = [];
  for (const key of months) {
    const d = entries.get(key);
    const before = rows[rows.length - 1];
    if (d !== undefined) {
      const isHidden = hidden(d);
      rows.push({ month: key, value: isHidden ? null : value(d), hidden: isHidden });
    } else {
      rows.push({ month: key, value: before?.value ?? null, hidden: before?.hidden ?? false });
    }
  }
  return rows;
}

/** A run of hidden months between two shown ones, as indexes into the data. */
interface Bridge {
  from: number;
  to: number;
}

/** The runs of hidden months that have a shown month on both sides, e.g. shown, hidden, hidden, shown. */
function bridgesOf(shown: readonly boolean[]): Bridge[] {
  const bridges: Bridge[] = [];
  let last = -1;
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i]) continue;
    if (last >= 0 && i - last > 1) bridges.push({ from: last, to: i });
    last = i;
  }
  return bridges;
}

/**
 * A cumulative curve over every month from the first to the last, with a focusable point per
 * month; a month without an entry keeps the month before's count. A suppressed month is a
 * hatched column over its slot with `•` above it; the curve crosses a run of hidden months as a
 * dashed line from the last shown month to the next (a cumulative count can only grow, so the
 * hidden values lie between those two), and hidden values never shape the axis.
 */
export function CumulativeLineChart<T>({
  data,
  month,
  value,
  suppressed,
  width,
  height = 260,
  color = palette.categorical[0],
  locale = 'de-DE',
  labels,
}: CumulativeLineChartProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const frame = useMonthFrame(data, month, width, height, MARGIN);
  const { months, innerWidth, innerHeight } = frame;
  const x = useMemo(
    () => scalePoint<string>({ domain: months, range: [0, innerWidth], padding: 0.5 }),
    [months, innerWidth],
  );
  const y = useMemo(
    () =>
      scaleLinear<number>({
        domain: [0, shownMax(data, hidden, value)],
        range: [innerHeight, 0],
        nice: true,
      }),
    [data, value, hidden, innerHeight],
  );
  const rows = useMemo(
    () => rowsOf(months, byMonth(data, month), value, hidden),
    [months, data, month, value, hidden],
  );
  const shown = (r: Row) => !r.hidden && r.value !== null;
  // With every month hidden there is nothing to scale: no count axis, no grid.
  const anyShown = rows.some(shown);
  const px = (r: Row) => x(r.month) ?? 0;
  const py = (r: Row) => y(r.value ?? 0);
  const bridges = useMemo(() => bridgesOf(rows.map((r) => !r.hidden && r.value !== null)), [rows]);
  const step = x.step();

  return (
    <ChartCanvas className="mq-cumulative" width={width} height={height} {...canvas}>
      <MonthPlot {...frame} y={y} x={x} locale={locale} counts={anyShown}>
        {/* Behind the curve: each hidden month's slot, hatched (adjacent slots join into one band). */}
        {rows.map((r) =>
          r.hidden ? (
            <rect
              key={r.month}
              className="mq-suppressed-band"
              data-month={r.month}
              x={px(r) - step / 2}
              y={0}
              width={step}
              height={innerHeight}
              fill={`url(#${hatchId})`}
            >
              <title>{labels.suppressed}</title>
            </rect>
          ) : null,
        )}
        <AreaClosed<Row>
          data={rows}
          x={px}
          y={py}
          yScale={y}
          defined={shown}
          fill={color}
          fillOpacity={0.08}
        />
        <LinePath<Row>
          className="mq-cumulative__line"
          data={rows}
          x={px}
          y={py}
          defined={shown}
          stroke={color}
          strokeWidth={2.5}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
        {bridges.map(({ from, to }) => {
          const a = rows[from];
          const b = rows[to];
          if (a === undefined || b === undefined) return null;
          return (
            <line
              key={a.month}
              className="mq-cumulative__bridge"
              x1={px(a)}
              y1={py(a)}
              x2={px(b)}
              y2={py(b)}
              stroke={color}
              strokeWidth={2}
              strokeDasharray="2 5"
              strokeLinecap="round"
            />
          );
        })}
        {rows.map((r) => {
          const key = r.month;
          const title = formatMonth(key, { locale, style: 'long' });
          const isSuppressed = r.hidden;
          const v = r.value;
          const line = isSuppressed ? labels.suppressed : `${labels.value}: ${writeCount(v, locale)}`;
          const cx = px(r);
          const cy = v === null ? innerHeight - 10 : y(v);
          return (
            <ChartMark
              key={key}
              className="mq-cumulative__point"
              label={`${title}: ${line}`}
              data-month={key}
              suppressed={isSuppressed}
              tooltip={bind({ title, lines: [line] }, MARGIN.left + cx, MARGIN.top + (isSuppressed ? 0 : cy))}
            >
              {isSuppressed ? (
                // No point (so no value): the slot is hatched behind the curve, • stands above the plot.
                <>
                  <FocusRing
                    x={cx - step / 2}
                    y={-MARGIN.top}
                    width={step}
                    height={innerHeight + MARGIN.top}
                  />
                  <SuppressedMarker
                    x={cx}
                    y={-MARGIN.top / 2}
                    halo={false}
                    anchor="middle"
                    label={labels.suppressed}
                  />
                </>
              ) : (
                <>
                  <circle className="mq-mark__focus-ring" cx={cx} cy={cy} r={9} fill="transparent" />
                  {v === null ? (
                    <text className="mq-chart__small" x={cx} y={cy} dy="0.35em" textAnchor="middle">
                      –
                    </text>
                  ) : (
                    <circle cx={cx} cy={cy} r={4} fill="#FFFFFF" stroke={color} strokeWidth={2} />
                  )}
                </>
              )}
            </ChartMark>
          );
        })}
      </MonthPlot>
    </ChartCanvas>
  );
}
