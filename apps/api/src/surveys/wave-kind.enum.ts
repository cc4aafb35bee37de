import type { WaveKind as MetricsWaveKind } from '@mintq/metrics';
import type { WaveKind as StoredWave } from '@mintq/schema';
import { registerEnumType } from '@nestjs/graphql';

/** The contract's `WaveKind` (PRE POST FOLLOW_UP EVENT); stored as pre/post/follow_up/event. */
export const WaveKind = {
  PRE: 'PRE',
  POST: 'POST',
  FOLLOW_UP: 'FOLLOW_UP',
  EVENT: 'EVENT',
} as const satisfies Record<MetricsWaveKind, MetricsWaveKind>;

export type WaveKind = MetricsWaveKind;

// Registered once, here: every module that exposes a wave kind imports this file.
registerEnumType(WaveKind, {
  name: 'WaveKind',
  description: 'Survey wave: PRE (start), POST (end), FOLLOW_UP (6 months later), EVENT (workshop feedback).',
});

/** The stored value of a wave kind, e.g. `toStoredWave('FOLLOW_UP')` = 'follow_up'. */
export function toStoredWave(kind: WaveKind): StoredWave {
  return kind.toLowerCase() as StoredWave;
}

/** The wave kind of a stored value, e.g. `fromStoredWave('follow_up')` = 'FOLLOW_UP'. */
export function fromStoredWave(wave: StoredWave): WaveKind {
  return wave.toUpperCase() as WaveKind;
}
