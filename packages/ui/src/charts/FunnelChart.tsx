import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import { formatPercent } from '../format/formatPercent.js';
import { ChartCanvas, useChartCanvas } from './ChartCanvas.js';
import { ChartLegend } from './ChartLegend.js';
import { ChartMark, FocusRing } from './ChartMark.js';
import { type ChartBaseProps, categoricalColor, shownMax, writeCount } from './chartData.js';
import { SuppressedSlot } from './SuppressedBand.js';

/** One step of a {@link FunnelChart}, e.g. "Selbstanalyse ausgefüllt". */
export interface FunnelStep<T> {
  /** Stable key, e.g. `'completed'`. */
  key: string;
  /** Name of the step. */
  label: string;
  /** Count of the cohort at this step; null when suppressed. */
  value: (d: T) => number | null;
}

/** Props of {@link FunnelChart}. */
export interface FunnelChartProps<T> extends ChartBaseProps<T> {
  /** One entry per cohort, drawn side by side within each step. */
  data: readonly T[];
  /** Name of the cohort, e.g. "2024/25". */
  cohort: (d: T) => string;
  /** The steps in order; the first one (enrolled) is the base of the percentages. */
  steps: readonly FunnelStep<T>[];
  /** Height of one cohort bar (default 18). */
  barHeight?: number;
  /**
   * Texts: `chart` names the chart; `suppressed` explains `•`; `ofFirst` follows percentages in
   * tooltips and aria-labels ("der Eingeschriebenen"); `legend` names the cohort legend.
   */
  labels: { chart: string; suppressed: string; ofFirst?: string; legend?: string };
}

const VALUE_SPACE = 120;
const LABEL_LINE = 22;
const BAR_GAP = 4;
const STEP_GAP = 14;

/**
 * The cohort funnel (enrolled → completed → self-analysis → goal set → goal attained): per step
 * one bar per cohort, with the count and its share of the cohort's first step. A suppressed
 * cohort is hatched over the whole track of every step with `•` on it, and never shapes the scale.
 */
export function FunnelChart<T>({
  data,
  cohort,
  steps,
  suppressed,
  width,
  barHeight = 18,
  locale = 'de-DE',
  labels,
}: FunnelChartProps<T>) {
  const { hidden, bind, hatchId, canvas } = useChartCanvas(data, suppressed, labels);
  const groupHeight = LABEL_LINE + data.length * (barHeight + BAR_GAP) + STEP_GAP;
  const height = steps.length * groupHeight;
  const barMax = Math.max(40, width - VALUE_SPACE);
  const x = useMemo(() => {
    const max = shownMax(data, hidden, (d) => steps.map((s) => s.value(d)));
    return scaleLinear<number>({ domain: [0, max], range: [0, barMax] });
  }, [data, steps, hidden, barMax]);
  const first = steps[0];

  return (
    <ChartCanvas
      className="mq-funnel"
      width={width}
      height={height}
      {...canvas}
      legend={
        data.length > 1 ? (
          <ChartLegend
            label={labels.legend}
            items={data.map((d, i) => ({ key: cohort(d), label: cohort(d), color: categoricalColor(i) }))}
          />
        ) : null
      }
    >
      {steps.map((step, s) => (
        <Group key={step.key} top={s * groupHeight} className="mq-funnel__step" data-step={step.key}>
          <text className="mq-chart__label" x={0} y={14}>
            {step.label}
          </text>
          {data.map((d, c) => {
            const name = cohort(d);
            const isSuppressed = hidden(d);
            const v = isSuppressed ? null : step.value(d);
            const base = isSuppressed || !first ? null : first.value(d);
            const percent =
              v !== null && base !== null && base > 0 && s > 0 ? formatPercent(v / base, { locale }) : null;
            const count = writeCount(v, locale);
            const printed = percent ? `${count} (${percent})` : count;
            const spoken = isSuppressed
              ? labels.suppressed
              : percent
                ? `${count} (${percent}${labels.ofFirst ? ` ${labels.ofFirst}` : ''})`
                : count;
            const y = LABEL_LINE + c * (barHeight + BAR_GAP);
            const barWidth = v === null ? 0 : x(v);
            const title = data.length > 1 ? `${name} – ${step.label}` : step.label;
            return (
              <ChartMark
                key={name}
                top={y}
                className="mq-funnel__bar"
                label={`${title}: ${spoken}`}
                data-cohort={name}
                suppressed={isSuppressed}
                tooltip={bind({ title, lines: [spoken] }, barWidth + 8, s * groupHeight + y + barHeight)}
              >
                <FocusRing x={-2} y={-2} width={barMax + 4} height={barHeight + 4} rx={3} />
                {isSuppressed ? (
                  <SuppressedSlot
                    x={0}
                    y={0}
                    width={barMax}
                    height={barHeight}
                    patternId={hatchId}
                    label={labels.suppressed}
                    // Which cohort: its colour on the edge, as the legend shows it.
                    edge={data.length > 1 ? categoricalColor(c) : undefined}
                  />
                ) : v !== null && v > 0 ? (
                  <Bar
                    className="mq-funnel__fill"
                    x={0}
                    y={0}
                    width={barWidth}
                    height={barHeight}
                    rx={2}
                    fill={categoricalColor(c)}
                  />
                ) : null}
                {isSuppressed ? null : (
                  <text className="mq-chart__value" x={barWidth + 6} y={barHeight / 2} dy="0.35em">
                    {printed}
                  </text>
                )}
              </ChartMark>
            );
          })}
        </Group>
      ))}
    </ChartCanvas>
  );
}
