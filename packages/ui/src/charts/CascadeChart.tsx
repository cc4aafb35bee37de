import { Group } from '@visx/group';
import { scaleSymlog } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId, useMemo } from 'react';
import { formatNumber } from '../format/formatNumber.js';
import { palette } from '../theme/palette.js';
import { ChartTooltip } from './ChartTooltip.js';
import { HatchPattern } from './HatchPattern.js';
import { SuppressedBand } from './SuppressedBand.js';
import { SuppressedMarker } from './SuppressedMarker.js';
import { SuppressedNote } from './SuppressedNote.js';
import { svgId } from './svgId.js';
import { useChartTooltip } from './useChartTooltip.js';

/** Props of {@link CascadeChart}. */
export interface CascadeChartProps<T> {
  /** The stages in order, e.g. funders → multipliers → initiatives → educators → young people. */
  data: readonly T[];
  /** Name of the stage, e.g. "Multiplikator:innen". */
  label: (d: T) => string;
  /** The count of the stage; null when suppressed or unknown. */
  value: (d: T) => number | null;
  /** True when the API suppressed the stage. */
  suppressed?: (d: T) => boolean;
  /** True for a stage that is an estimate (young people reached): drawn hatched with a dashed edge. */
  estimate?: (d: T) => boolean;
  /** Width in pixels. */
  width: number;
  /** Height of one stage (label line plus bar), default 52. */
  rowHeight?: number;
  /** Locale of numbers (default `'de-DE'`). */
  locale?: string;
  /** Texts: `chart` names the chart; `suppressed` explains `•`; `estimate` marks estimates ("Schätzung"). */
  labels: { chart: string; suppressed: string; estimate: string; missing?: string };
}

const VALUE_SPACE = 132;
const BAR_HEIGHT = 20;

/**
 * The multiplier cascade as horizontal bars, one stage per row with its label above. Bar lengths
 * follow a symmetric log scale so that 6 funders and 40.000 young people are both readable; the
 * exact count is printed at every bar.
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
  const reactId = useId();
  const hatchId = svgId(reactId, 'estimate');
  const hiddenId = svgId(reactId, 'hidden');
  const { tooltip, bind } = useChartTooltip();
  const height = data.length * rowHeight;
  const barMax = Math.max(40, width - VALUE_SPACE);
  const x = useMemo(() => {
    // Suppressed stages never shape the scale, so bar lengths cannot hint at a hidden value.
    const max = Math.max(1, ...data.map((d) => ((suppressed?.(d) ?? false) ? 0 : (value(d) ?? 0))));
    // symlog keeps 0 at 0 and 1 visibly longer than 0, unlike a plain log scale.
    return scaleSymlog<number>({ domain: [0, max], range: [0, barMax] });
  }, [data, value, suppressed, barMax]);

  return (
    <div className="mq-chart mq-cascade" style={{ width }}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart around its marks. */}
      <svg width={width} height={height} role="group" aria-label={labels.chart}>
        <defs>
          <HatchPattern id={hatchId} color={palette.categorical[0]} background="#DCEBF5" />
          <HatchPattern id={hiddenId} />
        </defs>
        {data.map((d, i) => {
          const name = label(d);
          const isSuppressed = suppressed?.(d) ?? false;
          const isEstimate = estimate?.(d) ?? false;
          const v = isSuppressed ? null : value(d);
          const barWidth = v === null ? 0 : x(v);
          const barY = 22;
          const text = isSuppressed
            ? labels.suppressed
            : v === null
              ? (labels.missing ?? '–')
              : `${formatNumber(v, { locale })}${isEstimate ? ` (${labels.estimate})` : ''}`;
          return (
            <Group
              key={name}
              top={i * rowHeight}
              className="mq-mark mq-cascade__stage"
              tabIndex={0}
              role="img"
              aria-label={`${name}: ${text}`}
              data-estimate={isEstimate || undefined}
              data-suppressed={isSuppressed || undefined}
              {...bind({ title: name, lines: [text] }, Math.min(barWidth, barMax) + 8, i * rowHeight + barY)}
            >
              <text className="mq-chart__label" x={0} y={14}>
                {name}
              </text>
              <rect
                className="mq-mark__focus-ring"
                x={-4}
                y={barY - 3}
                width={barMax + VALUE_SPACE}
                height={BAR_HEIGHT + 6}
                rx={4}
                fill="transparent"
              />
              {isSuppressed ? (
                // The whole track, hatched: a hidden stage has no length, so neither 0 nor any other.
                <>
                  <SuppressedBand
                    x={0}
                    y={barY}
                    width={barMax}
                    height={BAR_HEIGHT}
                    patternId={hiddenId}
                    label={labels.suppressed}
                  />
                  <SuppressedMarker
                    x={barMax / 2}
                    y={barY + BAR_HEIGHT / 2}
                    anchor="middle"
                    label={labels.suppressed}
                  />
                </>
              ) : v !== null && v > 0 ? (
                <Bar
                  className="mq-cascade__bar"
                  x={0}
                  y={barY}
                  width={barWidth}
                  height={BAR_HEIGHT}
                  rx={3}
                  fill={isEstimate ? `url(#${hatchId})` : palette.categorical[0]}
                  stroke={isEstimate ? palette.categorical[0] : 'none'}
                  strokeDasharray={isEstimate ? '4 3' : undefined}
                  strokeWidth={isEstimate ? 1.5 : 0}
                />
              ) : null}
              {isSuppressed ? null : (
                <text className="mq-chart__value" x={barWidth + 8} y={barY + BAR_HEIGHT / 2} dy="0.35em">
                  {v === null ? (labels.missing ?? '–') : formatNumber(v, { locale })}
                  {isEstimate && v !== null ? (
                    <tspan className="mq-chart__estimate" dx={6}>
                      {labels.estimate}
                    </tspan>
                  ) : null}
                </text>
              )}
            </Group>
          );
        })}
      </svg>
      <ChartTooltip tooltip={tooltip} width={width} />
      {data.some((d) => suppressed?.(d) ?? false) ? (
        <SuppressedNote label={labels.suppressed} hatched />
      ) : null}
    </div>
  );
}
