import type { TooltipState } from './useChartTooltip.js';

/** Props of {@link ChartTooltip}. */
export interface ChartTooltipProps {
  /** The tooltip to show, or null for none. */
  tooltip: TooltipState | null;
  /** Width of the chart, to keep the tooltip inside it. */
  width: number;
}

/**
 * The floating box with the numbers of the hovered or focused mark. Hidden from assistive
 * technology: the mark's own aria-label already carries the same numbers.
 */
export function ChartTooltip({ tooltip, width }: ChartTooltipProps) {
  if (!tooltip) return null;
  const flip = tooltip.x > width * 0.6;
  return (
    <div
      className="mq-tooltip"
      aria-hidden="true"
      style={{
        top: tooltip.y,
        ...(flip ? { right: Math.max(0, width - tooltip.x) } : { left: Math.max(0, tooltip.x) }),
      }}
    >
      <div className="mq-tooltip__title">{tooltip.title}</div>
      {tooltip.lines.map((line) => (
        <div key={line} className="mq-tooltip__line">
          {line}
        </div>
      ))}
    </div>
  );
}
