/** Survey waves as the API names them (GraphQL `enum WaveKind`), in survey order. */
export const WAVE_KINDS = ['PRE', 'POST', 'FOLLOW_UP', 'EVENT'] as const;

/** A survey wave: PRE (start), POST (end), FOLLOW_UP (6 months later), EVENT (workshop feedback). */
export type WaveKind = (typeof WAVE_KINDS)[number];

/** How a wave kind is stored and written in bundles, e.g. `'follow_up'`. */
export type StoredWaveKind = Lowercase<WaveKind>;

/** The stored wave kinds in survey order (the migrations' check constraint lists the same). */
export const STORED_WAVE_KINDS: readonly StoredWaveKind[] = WAVE_KINDS.map(toStoredWave);

/** The stored value of a wave kind, e.g. `toStoredWave('FOLLOW_UP')` = 'follow_up'. */
export function toStoredWave(kind: WaveKind): StoredWaveKind {
  return kind.toLowerCase() as StoredWaveKind;
}

/** The wave kind of a stored value, e.g. `fromStoredWave('follow_up')` = 'FOLLOW_UP'. */
export function fromStoredWave(wave: StoredWaveKind): WaveKind {
  return wave.toUpperCase() as WaveKind;
}
