import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId, useMemo } from 'react';
import { palette } from '../theme/palette.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, MISSING, shownMax, writeCount } from './chartData.js';
import { HatchPattern } from './HatchPattern.js';
import { SuppressedSlot } from './SuppressedBand.js';
import { svgId } from './svgId.js';

/** Props of {@link CascadeChart}. */
export interface CascadeChartProps<T> extends ChartBaseProps<T> {
  /** The stages in order, e.g. funders → multipliers → initiatives → educators → young people. */
  data: readonly T[];
  /** Name of the stage, e.g. "Multiplikator:innen". */
  label: (d: T) => string;
  /** The count of the stage; null when suppressed or unknown. */
  value: (d: T) => number | null;
  /** True for a stage that is an estimate (young people reached): drawn hatched with a dashed edge. */
  estimate?: (d: T) => boolean;
  /** Height of one stage (label line plus bar), default 52. */
  rowHeight?: number;
  /** Texts: `chart` names the chart; `suppressed` explains `•`; `estimate` marks estimates ("Schätzung"). */
  labels: { chart: string; suppressed: string; estimate: string; missing?: string };
}

const VALUE_SPACE = 132;
const BAR_HEIGHT = 20;
/** The shortest bar of a positive count, so that 6 next to 40.000 still shows as a bar. */
const MIN_BAR = 2;

/**
 * The multiplier cascade as horizontal bars, one stage per row with its label above. Bar lengths
 * are proportional to the counts (a linear scale from 0), so 3 is half of 6 as readers expect;
 * next to 40.000 young people a few funders are only a stub of at least 2 px, so the exact count
 * is printed at every bar.
 */
export function CascadeChart<T>({
  data,
  label,
  value,
  suppressed,
  estimate,
  width,
  rowHeight = 52,
  locale = 'de-DE',
  labels,
}: CascadeChartProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const estimateId = svgId(useId(), 'estimate');
  const height = data.length * rowHeight;
  const barMax = Math.max(40, width - VALUE_SPACE);
  const x = useMemo(
    () => scaleLinear<number>({ domain: [0, shownMax(data, hidden, value)], range: [0, barMax] }),
    [data, value, hidden, barMax],
  );
  const missing = labels.missing ?? MISSING;

  return (
    <ChartCanvas
      className="mq-cascade"
      width={width}
      height={height}
      {...canvas}
      defs={<HatchPattern id={estimateId} color={palette.categorical[0]} background="#DCEBF5" />}
    >
      {data.map((d, i) => {
        const name = label(d);
        const isSuppressed = hidden(d);
        const isEstimate = estimate?.(d) ?? false;
        const v = isSuppressed ? null : value(d);
        const barWidth = v === null || v <= 0 ? 0 : Math.max(MIN_BAR, x(v));
        const barY = 22;
        const text = isSuppressed
          ? labels.suppressed
          : v === null
            ? missing
            : `${writeCount(v, locale)}${isEstimate ? ` (${labels.estimate})` : ''}`;
        return (
          <ChartMark
            key={name}
            top={i * rowHeight}
            className="mq-cascade__stage"
            label={`${name}: ${text}`}
            data-estimate={isEstimate || undefined}
            suppressed={isSuppressed}
            tooltip={bind(
              { title: name, lines: [text] },
              Math.min(barWidth, barMax) + 8,
              i * rowHeight + barY,
            )}
          >
            <text className="mq-chart__label" x={0} y={14}>
              {name}
            </text>
            <FocusRing x={-4} y={barY - 3} width={barMax + VALUE_SPACE} height={BAR_HEIGHT + 6} rx={4} />
            {isSuppressed ? (
              // The whole track, hatched: a hidden stage has no length, so neither 0 nor any other.
              <SuppressedSlot
                x={0}
                y={barY}
                width={barMax}
                height={BAR_HEIGHT}
                patternId={hatchId}
                label={labels.suppressed}
              />
            ) : v !== null && v > 0 ? (
              <Bar
                className="mq-cascade__bar"
                x={0}
                y={barY}
                width={barWidth}
                height={BAR_HEIGHT}
                rx={3}
                fill={isEstimate ? `url(#${estimateId})` : palette.categorical[0]}
                stroke={isEstimate ? palette.categorical[0] : 'none'}
                strokeDasharray={isEstimate ? '4 3' : undefined}
                strokeWidth={isEstimate ? 1.5 : 0}
              />
            ) : null}
            {isSuppressed ? null : (
              <text className="mq-chart__value" x={barWidth + 8} y={barY + BAR_HEIGHT / 2} dy="0.35em">
                {v === null ? missing : writeCount(v, locale)}
                {isEstimate && v !== null ? (
                  <tspan className="mq-chart__estimate" dx={6}>
                    {labels.estimate}
                  </tspan>
                ) : null}
              </text>
            )}
          </ChartMark>
        );
      })}
    </ChartCanvas>
  );
}
