/** Allowed values of every enumerated column; the migrations' check constraints list the same. */
export const FUNDER_KINDS = ['program_funder', 'foundation', 'operator'] as const;
export const NETWORK_KINDS = ['urban', 'rural', 'mixed'] as const;
export const ENROLLMENT_STATUSES = ['enrolled', 'completed', 'withdrawn'] as const;
export const INSTRUMENT_KINDS = ['self_assessment', 'event_feedback'] as const;
export const ITEM_ROLES = ['likert', 'nps'] as const;

export type FunderKind = (typeof FUNDER_KINDS)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export type { StoredRole as UserRole, StoredWaveKind as WaveKind } from '@mintq/contract';
// Wave kinds and roles are the contract's; their stored (lower-case) forms are listed here
// beside the other enumerated columns.
// Activity formats and initiative kinds are the contract's too: the coordinators' forms offer them.
export {
  ACTIVITY_FORMATS,
  INITIATIVE_KINDS,
  STORED_ROLES as USER_ROLES,
  STORED_WAVE_KINDS as WAVE_KINDS,
} from '@mintq/contract';
