import { type ReactNode, useId, useMemo } from 'react';
import { ChartTooltip } from './ChartTooltip.js';
import { hiddenBy } from './chartData.js';
import { HatchPattern } from './HatchPattern.js';
import { SuppressedNote } from './SuppressedNote.js';
import { svgId } from './svgId.js';
import { type TooltipState, useChartTooltip } from './useChartTooltip.js';

/** Props of {@link ChartCanvas}. */
export interface ChartCanvasProps {
  /** The chart's own class beside `mq-chart`, e.g. `mq-funnel`. */
  className: string;
  /** Width and height of the SVG in pixels. */
  width: number;
  height: number;
  /** The chart's accessible name, around its marks. */
  label: string;
  /** Id of the grey hatch the chart draws hidden values with. */
  hatchId: string;
  /** Further SVG definitions, e.g. the hatch of estimates. */
  defs?: ReactNode;
  /** A legend above the plot. */
  legend?: ReactNode;
  /** The tooltip of the hovered or focused mark. */
  tooltip: TooltipState | null;
  /** What `•` means, shown under the chart when it hides a value; none when it hides nothing. */
  suppressedNote?: string | null;
  /** The marks and axes. */
  children: ReactNode;
}

/**
 * What every chart draws around its marks: the legend, the SVG (a named group, with the hidden
 * values' hatch; its viewBox lets print shrink it to the paper instead of cutting it), the tooltip over the plot and, when a value is hidden, the key to `•` below.
 */
export function ChartCanvas({
  className,
  width,
  height,
  label,
  hatchId,
  defs,
  legend,
  tooltip,
  suppressedNote,
  children,
}: ChartCanvasProps) {
  return (
    <div className={`mq-chart ${className}`} style={{ width }}>
      {legend}
      <div className="mq-chart__plot">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the chart around its marks. */}
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
          <defs>
            <HatchPattern id={hatchId} />
            {defs}
          </defs>
          {children}
        </svg>
        <ChartTooltip tooltip={tooltip} width={width} />
      </div>
      {suppressedNote ? <SuppressedNote label={suppressedNote} hatched /> : null}
    </div>
  );
}

/** What {@link useChartCanvas} gives a chart. */
export interface ChartCanvasState<T> {
  /** True for an entry the API hid. */
  hidden: (d: T) => boolean;
  /** Binds a mark to the tooltip, see `useChartTooltip`. */
  bind: ReturnType<typeof useChartTooltip>['bind'];
  /** Id of the hidden values' hatch, for `fill="url(#…)"`. */
  hatchId: string;
  /** The {@link ChartCanvas} props that follow from these: name, hatch, tooltip and note. */
  canvas: Pick<ChartCanvasProps, 'label' | 'hatchId' | 'tooltip' | 'suppressedNote'>;
}

/**
 * The state every chart keeps around its marks: which entries are hidden, the tooltip, the hatch
 * id, and the note under the chart, shown when an entry is hidden (or when `anyHidden` says so,
 * for charts that hide parts of an entry).
 */
export function useChartCanvas<T>(
  data: readonly T[],
  suppressed: ((d: T) => boolean) | undefined,
  labels: { chart: string; suppressed: string },
  anyHidden?: boolean,
): ChartCanvasState<T> {
  const hatchId = svgId(useId(), 'hidden');
  const { tooltip, bind } = useChartTooltip();
  const hidden = useMemo(() => hiddenBy(suppressed), [suppressed]);
  const note = (anyHidden ?? data.some(hidden)) ? labels.suppressed : null;
  return {
    hidden,
    bind,
    hatchId,
    canvas: { label: labels.chart, hatchId, tooltip, suppressedNote: note },
  };
}
