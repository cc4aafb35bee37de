import { Group } from '@visx/group';
import type { ReactNode, SVGProps } from 'react';
import type { TooltipHandlers } from './useChartTooltip.js';

/** Props of {@link ChartMark}. */
export interface ChartMarkProps extends Omit<SVGProps<SVGGElement>, 'ref' | 'children' | 'aria-label'> {
  /** The chart's own class of the mark, e.g. `mq-funnel__bar`, beside `mq-mark`. */
  className: string;
  /** Offset of the mark in the chart, in pixels. */
  top?: number;
  left?: number;
  /** What the mark says to a screen reader: its title and numbers, as the tooltip shows them. */
  label: string;
  /** The tooltip handlers of the mark, from `useChartTooltip().bind`. */
  tooltip: TooltipHandlers;
  /** True when the API hid the mark's value (marked `data-suppressed`). */
  suppressed?: boolean;
  children: ReactNode;
}

/**
 * One focusable mark of a chart (a bar, a point, a row): a named image that shows its tooltip
 * on hover and on keyboard focus, so every number is reachable without a mouse.
 */
export function ChartMark({ className, label, tooltip, suppressed, children, ...rest }: ChartMarkProps) {
  return (
    <Group
      className={`mq-mark ${className}`}
      tabIndex={0}
      role="img"
      aria-label={label}
      data-suppressed={suppressed || undefined}
      {...tooltip}
      {...rest}
    >
      {children}
    </Group>
  );
}

/** Props of {@link FocusRing}. */
export interface FocusRingProps {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius (default none). */
  rx?: number;
}

/** The transparent area of a mark that takes its hover tint and, on keyboard focus, the outline. */
export function FocusRing(props: FocusRingProps) {
  return <rect className="mq-mark__focus-ring" fill="transparent" {...props} />;
}
