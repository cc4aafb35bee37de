import { palette } from '../theme/palette.js';
import { SuppressedMarker } from './SuppressedMarker.js';

/** Props of {@link SuppressedBand}. */
export interface SuppressedBandProps {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Id of the chart's {@link HatchPattern}. */
  patternId: string;
  /** Explanation, e.g. "weniger als 5 Personen"; the band's SVG title, shown on hover. */
  label: string;
  /** Corner radius (default 2). */
  rx?: number;
  /** A further class, e.g. the chart's own class of the mark it stands for. */
  className?: string;
  /** Colour of the dashed edge, e.g. the series' colour where colour tells series apart (default grey). */
  edge?: string;
}

/**
 * Where a chart would draw a value the API suppressed: a hatched area over the value's whole
 * slot (the bar's track, the month's column), so the mark says "hidden" rather than "0" and its
 * size says nothing about the value. Grey hatch with a dashed edge: it differs from every data
 * colour by pattern, not by hue alone.
 */
export function SuppressedBand({
  x,
  y,
  width,
  height,
  patternId,
  label,
  rx = 2,
  className,
  edge = palette.muted,
}: SuppressedBandProps) {
  return (
    <rect
      className={className ? `mq-suppressed-band ${className}` : 'mq-suppressed-band'}
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={Math.max(0, height)}
      rx={rx}
      fill={`url(#${patternId})`}
      stroke={edge}
      strokeWidth={edge === palette.muted ? 1 : 1.5}
      strokeDasharray="3 2"
    >
      <title>{label}</title>
    </rect>
  );
}

/** Props of {@link SuppressedSlot}. */
export interface SuppressedSlotProps extends SuppressedBandProps {
  /** Where the `•` stands when not at the band's centre, and whether it has a halo (default yes). */
  marker?: { x?: number; y?: number; halo?: boolean };
}

/** A {@link SuppressedBand} with its `•`, by default at the centre of the band. */
export function SuppressedSlot({ marker, ...band }: SuppressedSlotProps) {
  return (
    <>
      <SuppressedBand {...band} />
      <SuppressedMarker
        x={marker?.x ?? band.x + band.width / 2}
        y={marker?.y ?? band.y + band.height / 2}
        anchor="middle"
        halo={marker?.halo}
        label={band.label}
      />
    </>
  );
}
