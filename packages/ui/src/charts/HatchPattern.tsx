import { palette } from '../theme/palette.js';

/** Props of {@link HatchPattern}. */
export interface HatchPatternProps {
  /** Id to reference as `fill="url(#id)"`. */
  id: string;
  /** Stroke colour of the hatch lines. */
  color?: string;
  /** Background behind the lines. */
  background?: string;
}

/** A diagonal hatch, used for estimates and suppressed tiles so they differ by more than colour. */
export function HatchPattern({
  id,
  color = palette.hatch,
  background = palette.suppressed,
}: HatchPatternProps) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill={background} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={color} strokeWidth={1.5} />
    </pattern>
  );
}
