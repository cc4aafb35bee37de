import type { CSSProperties } from 'react';

/** One entry of a {@link ChartLegend}. */
export interface ChartLegendItem {
  /** Stable key. */
  key: string;
  /** Text of the entry. */
  label: string;
  /** Fill of the swatch. */
  color: string;
  /**
   * Swatch style: solid, hatched (estimates), the grey hatch of hidden values, a line, or the
   * point shapes of a dot plot.
   */
  shape?: 'solid' | 'hatched' | 'suppressed' | 'line' | 'ring' | 'dot' | 'diamond';
}

/** Props of {@link ChartLegend}. */
export interface ChartLegendProps {
  /** Accessible name of the legend list, e.g. "Legende". */
  label?: string;
  /** Entries in display order. */
  items: readonly ChartLegendItem[];
}

/** A legend in HTML below or above a chart; it wraps on narrow screens. */
export function ChartLegend({ label, items }: ChartLegendProps) {
  return (
    <ul className="mq-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="mq-legend__item">
          <span
            className={`mq-legend__swatch mq-legend__swatch--${item.shape ?? 'solid'}`}
            style={{ '--mq-swatch': item.color } as CSSProperties}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
