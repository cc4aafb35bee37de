import { type FocusEvent, type KeyboardEvent, useCallback, useMemo, useState } from 'react';

/** What a chart tooltip shows: a heading and one line per number. */
export interface TooltipContent {
  /** Heading, e.g. the state or month. */
  title: string;
  /** One line per value, already formatted. */
  lines: readonly string[];
}

/** A tooltip anchored at a point of the chart, in pixels from its top left corner. */
export interface TooltipState extends TooltipContent {
  x: number;
  y: number;
}

/** Event handlers that show a tooltip on hover and keyboard focus and hide it again. */
export interface TooltipHandlers {
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: (event: FocusEvent<SVGElement>) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
}

/** State of the one tooltip of a chart, and handlers to bind to each focusable mark. */
export function useChartTooltip(): {
  tooltip: TooltipState | null;
  bind: (content: TooltipContent, x: number, y: number) => TooltipHandlers;
} {
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const hide = useCallback(() => setTooltip(null), []);
  const bind = useCallback(
    (content: TooltipContent, x: number, y: number): TooltipHandlers => {
      const show = () => setTooltip({ ...content, x, y });
      return {
        onMouseEnter: show,
        onMouseLeave: hide,
        onFocus: show,
        onBlur: hide,
        // WCAG 1.4.13: content shown on focus must be dismissible without moving focus.
        onKeyDown: (event) => {
          if (event.key === 'Escape') hide();
        },
      };
    },
    [hide],
  );
  return useMemo(() => ({ tooltip, bind }), [tooltip, bind]);
}
