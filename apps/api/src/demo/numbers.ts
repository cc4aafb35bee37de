/** Small number helpers of the generators. */

/** `n` with leading zeros to `width` digits: `pad(7, 4) === '0007'`. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
