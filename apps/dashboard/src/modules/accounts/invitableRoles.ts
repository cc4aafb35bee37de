import { type Capability, ROLES, type Role } from '@mintq/contract';

/**
 * The roles a viewer may invite or assign, as the contract's capabilities say: `manageUsers`
 * any role, `inviteFunderUsers` alone only FUNDER (the API refuses the rest all the same).
 */
export function invitableRoles(can: Readonly<Partial<Record<Capability, boolean>>>): readonly Role[] {
  if (can.manageUsers) return ROLES;
  return can.inviteFunderUsers ? ['FUNDER'] : [];
}
