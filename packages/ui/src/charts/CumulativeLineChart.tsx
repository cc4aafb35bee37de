import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { AreaClosed, LinePath } from '@visx/shape';
import { useMemo } from 'react';
import { formatMonth } from '../format/formatMonth.js';
import { formatNumber } from '../format/formatNumber.js';
import { palette } from '../theme/palette.js';
import { ChartTooltip } from './ChartTooltip.js';
import { MonthAxes } from './MonthAxes.js';
import { SuppressedMarker } from './SuppressedMarker.js';
import { SuppressedNote } from './SuppressedNote.js';
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

const MARGIN = { top: 16, right: 16, bottom: 32, left: 52 };

/** A cumulative curve over months with a focusable point per month; suppressed months break the line. */
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
  const { tooltip, bind } = useChartTooltip();
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const months = useMemo(() => data.map(month), [data, month]);
  const x = useMemo(
    () => scalePoint<string>({ domain: months, range: [0, innerWidth], padding: 0.5 }),
    [months, innerWidth],
  );
  const y = useMemo(() => {
    const max = Math.max(1, ...data.map((d) => value(d) ?? 0));
    return scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  }, [data, value, innerHeight]);
  const shown = (d: T) => !(suppressed?.(d) ?? false) && value(d) !== null;
  const px = (d: T) => x(month(d)) ?? 0;
  const py = (d: T) => y(value(d) ?? 0);

  return (
    <div className="mq-chart mq-cumulative" style={{ width }}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart around its marks. */}
      <svg width={width} height={height} role="group" aria-label={labels.chart}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {y.ticks(5).map((tick) => (
            <line key={tick} className="mq-chart__grid" x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} />
          ))}
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
                {...bind({ title, lines: [line] }, MARGIN.left + cx, MARGIN.top + cy)}
              >
                <circle className="mq-mark__focus-ring" cx={cx} cy={cy} r={9} fill="transparent" />
                {v === null ? (
                  <SuppressedMarker x={cx} y={cy} anchor="middle" label={labels.suppressed} />
                ) : (
                  <circle cx={cx} cy={cy} r={4} fill="#FFFFFF" stroke={color} strokeWidth={2} />
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
          />
        </Group>
      </svg>
      <ChartTooltip tooltip={tooltip} width={width} />
      {data.some((d) => suppressed?.(d) ?? false) ? <SuppressedNote label={labels.suppressed} /> : null}
    </div>
  );
}
