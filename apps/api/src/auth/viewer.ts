import type { Role, StoredRole } from '@mintq/contract';

export type { Role } from '@mintq/contract';

/** Who is asking: the signed-in user, as the token and the database say. */
export interface Viewer {
  userId: number;
  email: string;
  role: Role;
  /** The funder a FUNDER user belongs to; null for every other role. */
  funderId: number | null;
  funderKey: string | null;
  /** The coordinator a PARTICIPANT user is: everything they read or enter is this participant's. Null for every other role. */
  participantId?: number | null;
  participantKey?: string | null;
  /** The session the request signed in with (`logout` ends it); absent outside a request. */
  sessionId?: string;
}

/** Maps the stored role (`project_lead`) to the contract's (`PROJECT_LEAD`). */
export function toRole(stored: StoredRole): Role {
  return stored.toUpperCase() as Role;
}
