import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { AreaClosed, LinePath } from '@visx/shape';
import { useId, useMemo } from 'react';
import { formatMonth } from '../format/formatMonth.js';
import { formatNumber } from '../format/formatNumber.js';
import { palette } from '../theme/palette.js';
import { ChartTooltip } from './ChartTooltip.js';
import { HatchPattern } from './HatchPattern.js';
import { MonthAxes } from './MonthAxes.js';
import { SuppressedMarker } from './SuppressedMarker.js';
import { SuppressedNote } from './SuppressedNote.js';
import { svgId } from './svgId.js';
import { useChartTooltip } from './useChartTooltip.js';

/** Props of {@link CumulativeLineChart}. */
export interface CumulativeLineChartProps<T> {
  /** One entry per month, ascending. */
  data: readonly T[];
  /** Month key `YYYY-MM`. */
  month: (d: T) => string;
  /** The cumulative count up to the end of the month, as the API reports it; null when suppressed. */
  value: (d: T) => number | null;
  /** True when the API suppressed the month. */
  suppressed?: (d: T) => boolean;
  /** Width in pixels. */
  width: number;
  /** Height in pixels (default 260). */
  height?: number;
  /** Line colour (default Okabe–Ito blue). */
  color?: string;
  /** Locale of numbers and month names (default `'de-DE'`). */
  locale?: string;
  /** Texts: `chart` names the chart; `value` names the series ("Initiativen kumuliert"); `suppressed` explains `•`. */
  labels: { chart: string; value: string; suppressed: string };
}

/** The top margin holds the row of `•` above hidden months. */
const MARGIN = { top: 22, right: 16, bottom: 32, left: 52 };

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
 * A cumulative curve over months with a focusable point per month. A suppressed month is a
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
  const hatchId = svgId(useId(), 'hidden');
  const { tooltip, bind } = useChartTooltip();
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const months = useMemo(() => data.map(month), [data, month]);
  const x = useMemo(
    () => scalePoint<string>({ domain: months, range: [0, innerWidth], padding: 0.5 }),
    [months, innerWidth],
  );
  const y = useMemo(() => {
    // Shown months only: a hidden month's value must not reach the axis.
    const max = Math.max(1, ...data.map((d) => ((suppressed?.(d) ?? false) ? 0 : (value(d) ?? 0))));
    return scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  }, [data, value, suppressed, innerHeight]);
  // With every month hidden there is nothing to scale: no count axis, no grid.
  const anyShown = data.some((d) => !(suppressed?.(d) ?? false) && value(d) !== null);
  const shown = (d: T) => !(suppressed?.(d) ?? false) && value(d) !== null;
  const px = (d: T) => x(month(d)) ?? 0;
  const py = (d: T) => y(value(d) ?? 0);
  const bridges = useMemo(
    () => bridgesOf(data.map((d) => !(suppressed?.(d) ?? false) && value(d) !== null)),
    [data, value, suppressed],
  );
  const step = x.step();

  return (
    <div className="mq-chart mq-cumulative" style={{ width }}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart around its marks. */}
      <svg width={width} height={height} role="group" aria-label={labels.chart}>
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {(anyShown ? y.ticks(5) : []).map((tick) => (
            <line key={tick} className="mq-chart__grid" x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} />
          ))}
          {/* Behind the curve: each hidden month's slot, hatched (adjacent slots join into one band). */}
          {data.map((d) =>
            suppressed?.(d) ? (
              <rect
                key={month(d)}
                className="mq-suppressed-band"
                data-month={month(d)}
                x={px(d) - step / 2}
                y={0}
                width={step}
                height={innerHeight}
                fill={`url(#${hatchId})`}
              >
                <title>{labels.suppressed}</title>
              </rect>
            ) : null,
          )}
          <AreaClosed<T>
            data={[...data]}
            x={px}
            y={py}
            yScale={y}
            defined={shown}
            fill={color}
            fillOpacity={0.08}
          />
          <LinePath<T>
            className="mq-cumulative__line"
            data={[...data]}
            x={px}
            y={py}
            defined={shown}
            stroke={color}
            strokeWidth={2.5}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
          {bridges.map(({ from, to }) => {
            const a = data[from];
            const b = data[to];
            if (a === undefined || b === undefined) return null;
            return (
              <line
                key={month(a)}
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
          {data.map((d) => {
            const key = month(d);
            const title = formatMonth(key, { locale, style: 'long' });
            const isSuppressed = suppressed?.(d) ?? false;
            const v = isSuppressed ? null : value(d);
            const line = isSuppressed
              ? labels.suppressed
              : `${labels.value}: ${v === null ? '–' : formatNumber(v, { locale })}`;
            const cx = px(d);
            const cy = v === null ? innerHeight - 10 : y(v);
            return (
              <Group
                key={key}
                className="mq-mark mq-cumulative__point"
                tabIndex={0}
                role="img"
                aria-label={`${title}: ${line}`}
                data-month={key}
                data-suppressed={isSuppressed || undefined}
                {...bind({ title, lines: [line] }, MARGIN.left + cx, MARGIN.top + (isSuppressed ? 0 : cy))}
              >
                {isSuppressed ? (
                  // No point (so no value): the slot is hatched behind the curve, • stands above the plot.
                  <>
                    <rect
                      className="mq-mark__focus-ring"
                      x={cx - step / 2}
                      y={-MARGIN.top}
                      width={step}
                      height={innerHeight + MARGIN.top}
                      fill="transparent"
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
      {data.some((d) => suppressed?.(d) ?? false) ? (
        <SuppressedNote label={labels.suppressed} hatched />
      ) : null}
    </div>
  );
}
