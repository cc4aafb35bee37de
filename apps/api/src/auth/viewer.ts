/** Roles of the GraphQL contract. */
export type Role = 'ADMIN' | 'PROJECT_LEAD' | 'ANALYST' | 'FUNDER';

/** Who is asking: the signed-in user, as the token and the database say. */
export interface Viewer {
  userId: number;
  email: string;
  role: Role;
  /** The funder a FUNDER user belongs to; null for every other role. */
  funderId: number | null;
  funderKey: string | null;
}

/** Maps the stored role (`project_lead`) to the contract's (`PROJECT_LEAD`). */
export function toRole(stored: 'admin' | 'project_lead' | 'analyst' | 'funder'): Role {
  return stored.toUpperCase() as Role;
}

/** Roles that may read names and e-mails of participants. */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['ADMIN', 'PROJECT_LEAD'];
