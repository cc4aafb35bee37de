import { AxisBottom, type AxisScale } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { type ReactNode, useMemo } from 'react';
import { formatDecimal } from '../format/formatDecimal.js';
import { palette } from '../theme/palette.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, MISSING, shownMax, writeCount } from './chartData.js';
import { SuppressedBand, SuppressedSlot } from './SuppressedBand.js';

/** One wave of a {@link ForestPlot}: its mean and, optionally, the 95 % CI of that mean. */
export interface ForestWave<T> {
  /** Stable key, e.g. `'pre'`. */
  key: string;
  /** Name in legend, tooltip and aria-label, e.g. "Vorher". */
  label: string;
  /** Mean at the wave; null when suppressed or missing. */
  mean: (d: T) => number | null;
  /** Lower end of the 95 % CI of the mean, when known. */
  ciLow?: (d: T) => number | null;
  /** Upper end of the 95 % CI of the mean, when known. */
  ciHigh?: (d: T) => number | null;
  /** Colour (default: grey, blue, orange for the 1st, 2nd, 3rd wave). */
  color?: string;
}

/** The paired difference with its 95 % CI, drawn in a second panel around a zero line. */
export interface ForestDifference<T> {
  /** Mean difference (to − from). */
  value: (d: T) => number | null;
  /** Lower end of its 95 % CI (the API's `ciLow`). */
  ciLow: (d: T) => number | null;
  /** Upper end of its 95 % CI (the API's `ciHigh`). */
  ciHigh: (d: T) => number | null;
}

/** Props of {@link ForestPlot}. */
export interface ForestPlotProps<T> extends ChartBaseProps<T> {
  /** One entry per dimension. */
  data: readonly T[];
  /** Name of the dimension. */
  label: (d: T) => string;
  /** Number of paired participants; null when suppressed. */
  n: (d: T) => number | null;
  /** Two or three waves (pre, post, follow-up) drawn as a dumbbell on the scale. */
  waves: readonly ForestWave<T>[];
  /** When given, a second panel shows the difference and its CI around zero. */
  difference?: ForestDifference<T>;
  /** Range of the means axis, e.g. the scale `[1, 5]` (default: fitted to the data). */
  domain?: readonly [number, number];
  /** Optional reference line on the means axis, e.g. the scale midpoint 3. */
  reference?: number;
  /** Height of one dimension (label line plus plot line), default 56. */
  rowHeight?: number;
  /** Fraction digits of means and differences (default 2). */
  digits?: number;
  /**
   * Texts: `chart` names the chart; `suppressed` explains `•`; `n` is the sample size symbol;
   * `means` / `difference` head the two panels ("Mittelwerte", "Veränderung"); `ci` names the interval ("95-%-KI").
   */
  labels: { chart: string; suppressed: string; n: string; means: string; difference: string; ci: string };
}

const HEADER = 22;
const AXIS = 30;
const GAP = 24;
const DEFAULT_COLORS = [palette.neutral, palette.categorical[0], palette.categorical[1]];
const WAVE_SHAPES = ['ring', 'dot', 'diamond'] as const;

/** A point marker per wave: hollow circle, filled circle, diamond, so waves differ by more than colour. */
function WaveMark({ index, x, y, color }: { index: number; x: number; y: number; color: string }): ReactNode {
  if (index === 0) return <circle cx={x} cy={y} r={5} fill="#FFFFFF" stroke={color} strokeWidth={2.5} />;
  if (index === 1) return <circle cx={x} cy={y} r={5.5} fill={color} />;
  return <rect x={x - 5} y={y - 5} width={10} height={10} fill={color} transform={`rotate(45 ${x} ${y})`} />;
}

/** A horizontal 95 % CI whisker with end caps. */
function Whisker({ from, to, y, color }: { from: number; to: number; y: number; color: string }) {
  return (
    <g className="mq-forest__ci" stroke={color} strokeWidth={1.5}>
      <line x1={from} x2={to} y1={y} y2={y} />
      <line x1={from} x2={from} y1={y - 5} y2={y + 5} />
      <line x1={to} x2={to} y1={y - 5} y2={y + 5} />
    </g>
  );
}

/** Fraction digits a tick value needs (0.25 → 2), so ticks are never rounded into each other. */
function tickDigits(value: number): number {
  return Math.min(3, (String(value).split('.')[1] ?? '').length);
}

/** The value axis under a panel, a tick per 60 px, each written with the digits it needs. */
function DecimalAxis({
  scale,
  left,
  top,
  width,
  locale,
  signed = false,
}: {
  scale: AxisScale<number>;
  left?: number;
  top: number;
  width: number;
  locale: string;
  signed?: boolean;
}) {
  return (
    <AxisBottom
      scale={scale}
      left={left}
      top={top}
      numTicks={Math.max(2, Math.floor(width / 60))}
      stroke={palette.muted}
      tickStroke={palette.muted}
      axisClassName="mq-chart__axis"
      tickFormat={(v) => formatDecimal(Number(v), { locale, digits: tickDigits(Number(v)), signed })}
    />
  );
}

/** Lower and upper bound in interval notation, with `;` where the locale writes decimals with a comma. */
function formatInterval(low: number, high: number, locale: string, digits: number): string {
  const separator = formatDecimal(0.5, { locale, digits: 1 }).includes(',') ? ';' : ',';
  return `[${formatDecimal(low, { locale, digits })}${separator} ${formatDecimal(high, { locale, digits })}]`;
}

/**
 * Survey outcomes per dimension: a dumbbell of the wave means (with optional CI of each mean)
 * and, beside it, a forest plot of the difference with its 95 % CI and a zero line; n at the right.
 * A suppressed dimension is hatched across both panels with `•` on it (no point, no zero
 * difference), and never shapes either axis.
 */
export function ForestPlot<T>({
  data,
  label,
  n,
  waves,
  difference,
  suppressed,
  domain,
  reference,
  width,
  rowHeight = 56,
  digits = 2,
  locale = 'de-DE',
  labels,
}: ForestPlotProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const height = HEADER + data.length * rowHeight + AXIS;
  const meansWidth = difference ? Math.max(80, (width - GAP) * 0.55) : width;
  const diffLeft = meansWidth + GAP;
  const diffWidth = Math.max(60, width - diffLeft);
  const colors = waves.map((w, i) => w.color ?? DEFAULT_COLORS[i] ?? palette.ink);

  // Shown dimensions only: a hidden dimension's numbers must not reach either axis.
  const shownData = useMemo(() => data.filter((d) => !hidden(d)), [data, hidden]);
  const xMeans = useMemo(() => {
    if (domain) return scaleLinear<number>({ domain: [domain[0], domain[1]], range: [8, meansWidth - 8] });
    const values = shownData.flatMap((d) =>
      waves.flatMap((w) => [w.mean(d), w.ciLow?.(d) ?? null, w.ciHigh?.(d) ?? null]),
    );
    const known = values.filter((v): v is number => v !== null);
    const low = known.length ? Math.min(...known) : 0;
    const high = known.length ? Math.max(...known) : 1;
    return scaleLinear<number>({
      domain: [low, high === low ? low + 1 : high],
      range: [8, meansWidth - 8],
      nice: true,
    });
  }, [shownData, waves, domain, meansWidth]);

  const xDiff = useMemo(() => {
    if (!difference) return null;
    const extent = shownMax(
      data,
      hidden,
      (d) => [difference.value(d), difference.ciLow(d), difference.ciHigh(d)].map((v) => Math.abs(v ?? 0)),
      0.1,
    );
    return scaleLinear<number>({ domain: [-extent, extent], range: [8, diffWidth - 8], nice: true });
  }, [data, hidden, difference, diffWidth]);

  const write = (v: number | null, signed = false) =>
    v === null ? MISSING : formatDecimal(v, { locale, digits, signed });

  return (
    <ChartCanvas
      className="mq-forest"
      width={width}
      height={height}
      {...canvas}
      legend={
        <ChartLegend
          items={waves.map((w, i) => ({
            key: w.key,
            label: w.label,
            color: colors[i] ?? palette.ink,
            shape: WAVE_SHAPES[i] ?? 'solid',
          }))}
        />
      }
    >
      <text className="mq-chart__small" x={0} y={12}>
        {labels.means}
      </text>
      {difference ? (
        <text className="mq-chart__small" x={diffLeft} y={12}>
          {`${labels.difference} (${labels.ci})`}
        </text>
      ) : null}
      <Group top={HEADER}>
        {reference !== undefined ? (
          <line
            className="mq-chart__reference"
            x1={xMeans(reference)}
            x2={xMeans(reference)}
            y1={0}
            y2={data.length * rowHeight}
          />
        ) : null}
        {xDiff ? (
          <line
            className="mq-forest__zero"
            x1={diffLeft + xDiff(0)}
            x2={diffLeft + xDiff(0)}
            y1={0}
            y2={data.length * rowHeight}
            stroke={palette.ink}
          />
        ) : null}
        {data.map((d, i) => {
          const name = label(d);
          const isSuppressed = hidden(d);
          const size = isSuppressed ? null : n(d);
          const sizeText = `${labels.n} = ${writeCount(size, locale)}`;
          const means = waves.map((w) => (isSuppressed ? null : w.mean(d)));
          const diff = difference && !isSuppressed ? difference.value(d) : null;
          const low = difference && !isSuppressed ? difference.ciLow(d) : null;
          const high = difference && !isSuppressed ? difference.ciHigh(d) : null;
          const lines = isSuppressed
            ? [labels.suppressed]
            : [
                sizeText,
                ...waves.map((w, k) => `${w.label}: ${write(means[k] ?? null)}`),
                ...(difference
                  ? [
                      `${labels.difference}: ${write(diff, true)}${
                        low !== null && high !== null
                          ? ` (${labels.ci} ${formatInterval(low, high, locale, digits)})`
                          : ''
                      }`,
                    ]
                  : []),
              ];
          const y = 36;
          const known = means
            .map((m) => (m === null ? null : xMeans(m)))
            .filter((v): v is number => v !== null);
          return (
            <ChartMark
              key={name}
              top={i * rowHeight}
              className="mq-forest__row"
              label={`${name}: ${lines.join('; ')}`}
              suppressed={isSuppressed}
              tooltip={bind(
                { title: name, lines },
                known.length ? Math.max(...known) : 0,
                HEADER + i * rowHeight + y + 6,
              )}
            >
              <FocusRing x={-4} y={2} width={width + 8} height={rowHeight - 4} rx={4} />
              <line className="mq-chart__grid" x1={0} x2={width} y1={rowHeight} y2={rowHeight} />
              <text className="mq-chart__label" x={0} y={16}>
                {name}
              </text>
              <text className="mq-chart__small" x={width} y={16} textAnchor="end">
                {isSuppressed ? `${labels.n} = •` : sizeText}
              </text>
              {isSuppressed ? (
                <>
                  <SuppressedSlot
                    x={8}
                    y={y - 8}
                    width={meansWidth - 16}
                    height={16}
                    patternId={hatchId}
                    label={labels.suppressed}
                  />
                  {xDiff ? (
                    <SuppressedBand
                      x={diffLeft + 8}
                      y={y - 8}
                      width={diffWidth - 16}
                      height={16}
                      patternId={hatchId}
                      label={labels.suppressed}
                    />
                  ) : null}
                </>
              ) : (
                <>
                  {known.length > 1 ? (
                    <line
                      className="mq-forest__dumbbell"
                      x1={Math.min(...known)}
                      x2={Math.max(...known)}
                      y1={y}
                      y2={y}
                      stroke={palette.muted}
                      strokeWidth={3}
                      strokeOpacity={0.45}
                    />
                  ) : null}
                  {waves.map((w, k) => {
                    const ciLow = w.ciLow?.(d) ?? null;
                    const ciHigh = w.ciHigh?.(d) ?? null;
                    const color = colors[k] ?? palette.ink;
                    return ciLow !== null && ciHigh !== null ? (
                      <Whisker
                        key={`ci-${w.key}`}
                        from={xMeans(ciLow)}
                        to={xMeans(ciHigh)}
                        y={y + (k - (waves.length - 1) / 2) * 4}
                        color={color}
                      />
                    ) : null;
                  })}
                  {waves.map((w, k) => {
                    const m = means[k];
                    return m === null || m === undefined ? null : (
                      <g key={w.key} className="mq-forest__mean" data-wave={w.key}>
                        <WaveMark index={k} x={xMeans(m)} y={y} color={colors[k] ?? palette.ink} />
                      </g>
                    );
                  })}
                  {xDiff && diff !== null ? (
                    <Group left={diffLeft} className="mq-forest__difference">
                      {low !== null && high !== null ? (
                        <Whisker from={xDiff(low)} to={xDiff(high)} y={y} color={palette.ink} />
                      ) : null}
                      <rect
                        x={xDiff(diff) - 5}
                        y={y - 5}
                        width={10}
                        height={10}
                        fill={diff < 0 ? palette.negative : palette.positive}
                      />
                    </Group>
                  ) : null}
                </>
              )}
            </ChartMark>
          );
        })}
      </Group>
      {/* With every dimension hidden there is nothing to scale: an axis only where it has a meaning. */}
      {domain || shownData.length > 0 ? (
        <DecimalAxis
          scale={xMeans}
          top={HEADER + data.length * rowHeight}
          width={meansWidth}
          locale={locale}
        />
      ) : null}
      {xDiff && shownData.length > 0 ? (
        <DecimalAxis
          scale={xDiff}
          left={diffLeft}
          top={HEADER + data.length * rowHeight}
          width={diffWidth}
          locale={locale}
          signed
        />
      ) : null}
    </ChartCanvas>
  );
}
