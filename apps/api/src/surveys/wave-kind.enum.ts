import { WAVE_KINDS, type WaveKind } from '@mintq/contract';
import { registerEnumType } from '@nestjs/graphql';

/** The contract's wave kinds as a value GraphQL code-first can register. */
export const WaveKindEnum = Object.fromEntries(WAVE_KINDS.map((k) => [k, k])) as { [K in WaveKind]: K };

// Registered once, here: every module that exposes a wave kind imports this file.
registerEnumType(WaveKindEnum, {
  name: 'WaveKind',
  description: 'Survey wave: PRE (start), POST (end), FOLLOW_UP (6 months later), EVENT (workshop feedback).',
});
