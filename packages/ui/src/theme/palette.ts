/**
 * Colours of all mintq charts. Every scale is safe for the common colour-vision deficiencies:
 * categories use Okabe–Ito, the map uses a ColorBrewer YlGnBu ramp (lightness rises
 * monotonically, so it also survives greyscale printing), and the diverging pair is
 * vermillion vs. blue rather than red vs. green.
 */
export const palette = {
  /** Okabe–Ito, ordered so the first colours contrast best on white (yellow comes last). */
  categorical: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'],
  /** Seven sequential steps, light (low) to dark (high), for the state tile map. */
  sequential: ['#EDF8B1', '#C7E9B4', '#7FCDBB', '#41B6C4', '#1D91C0', '#225EA8', '#0C2C84'],
  /** Five diverging steps: strong negative, negative, neutral, positive, strong positive. */
  diverging: ['#C0530A', '#F0A875', '#C9CED6', '#8CC3E6', '#0072B2'],
  /** Seven diverging steps (three negative, neutral, three positive), see {@link divergingColors}. */
  divergingExtended: ['#A34808', '#D55E00', '#F0A875', '#C9CED6', '#8CC3E6', '#3A8FC7', '#005A8C'],
  /** The diverging pair on its own, e.g. for a difference below or above zero. */
  negative: '#D55E00',
  /** Positive end of the diverging pair. */
  positive: '#0072B2',
  /** Neutral grey for the middle category and reference lines. */
  neutral: '#8A93A0',
  /** Tiles and bars without data. */
  empty: '#EEF0F3',
  /** Fill behind the hatch of suppressed marks. */
  suppressed: '#F3F4F6',
  /** Lines of the hatch of suppressed marks: grey, light enough not to outweigh the data. */
  hatch: '#A7AEB8',
  /** Ink for text and strokes. */
  ink: '#1B2430',
  /** Secondary ink for axes and captions. */
  muted: '#5B6573',
  /** Grid lines. */
  grid: '#E3E6EA',
} as const;

/** Relative luminance after WCAG 2.x, for picking readable text on a fill. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => {
    const c = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Picks ink or white, whichever contrasts more with the fill `#RRGGBB`, e.g. for labels on tiles. */
export function readableTextColor(fill: string): string {
  const l = luminance(fill);
  const onInk = (l + 0.05) / (luminance(palette.ink) + 0.05);
  const onWhite = 1.05 / (l + 0.05);
  return onWhite >= onInk ? '#FFFFFF' : palette.ink;
}

/** Which steps of the 3 negative ones serve k categories per side: the strongest always at the end. */
const SIDE_STEPS: Record<number, readonly number[]> = { 0: [], 1: [1], 2: [0, 2], 3: [0, 1, 2] };

/**
 * Colours for `count` ordered answer categories (2–7), from most negative to most positive,
 * with the neutral grey in the middle when `count` is odd, e.g. `divergingColors(5)` for a Likert scale.
 */
export function divergingColors(count: number): string[] {
  const side = Math.min(3, Math.floor(count / 2));
  const steps = SIDE_STEPS[side] ?? [];
  const ramp = palette.divergingExtended;
  const negatives = steps.map((i) => ramp[i] ?? palette.negative);
  const positives = steps.map((i) => ramp[6 - i] ?? palette.positive).reverse();
  return [...negatives, ...(count % 2 === 1 ? [palette.neutral] : []), ...positives];
}
