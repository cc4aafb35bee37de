/** Props of {@link SuppressedMarker}. */
export interface SuppressedMarkerProps {
  /** Centre of the marker. */
  x: number;
  y: number;
  /** Explanation, e.g. "weniger als 5 Personen"; shown as SVG title on hover. */
  label: string;
  /** Text anchor of the dot; `'start'` to place it right of an axis. */
  anchor?: 'start' | 'middle' | 'end';
  /** Colour of the dot. */
  fill?: string;
  /** A white halo, for a dot on a hatch (default); off for dots side by side on white. */
  halo?: boolean;
}

/**
 * The `•` that stands in an SVG chart where the API suppressed a value: a visible marker rather
 * than a zero-length bar, which would read as 0. Meant inside a mark whose aria-label says why.
 */
export function SuppressedMarker({
  x,
  y,
  label,
  anchor = 'start',
  fill,
  halo = true,
}: SuppressedMarkerProps) {
  return (
    <text
      className={halo ? 'mq-suppressed-marker' : 'mq-suppressed-marker mq-suppressed-marker--bare'}
      x={x}
      y={y}
      dy="0.35em"
      textAnchor={anchor}
      fill={fill}
    >
      <title>{label}</title>•
    </text>
  );
}
