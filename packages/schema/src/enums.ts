/** Allowed values of every enumerated column; the migrations' check constraints list the same. */
export const FUNDER_KINDS = ['program_funder', 'foundation', 'operator'] as const;
export const NETWORK_KINDS = ['urban', 'rural', 'mixed'] as const;
export const INITIATIVE_KINDS = [
  'school',
  'extracurricular',
  'student_lab',
  'company',
  'university',
  'other',
] as const;
export const ENROLLMENT_STATUSES = ['enrolled', 'completed', 'withdrawn'] as const;
export const INSTRUMENT_KINDS = ['self_assessment', 'event_feedback'] as const;
export const ITEM_ROLES = ['likert', 'nps'] as const;
export const WAVE_KINDS = ['pre', 'post', 'follow_up', 'event'] as const;
export const ACTIVITY_FORMATS = ['workshop', 'consulting', 'network_meeting', 'training', 'other'] as const;
export const USER_ROLES = ['admin', 'project_lead', 'analyst', 'funder'] as const;

export type FunderKind = (typeof FUNDER_KINDS)[number];
export type WaveKind = (typeof WAVE_KINDS)[number];
export type UserRole = (typeof USER_ROLES)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
