import { type Capability, ROLES, type Role } from '@mintq/contract';

/**
 * The roles a viewer may invite or assign, as the contract's capabilities say: `manageUsers`
 * any role but PARTICIPANT, `inviteFunderUsers` alone only FUNDER (the API refuses the rest all
 * the same). Coordinators are invited from their cohort's roster (Vollständigkeit), which links
 * each account to its participant.
 */
export function invitableRoles(can: Readonly<Partial<Record<Capability, boolean>>>): readonly Role[] {
  if (can.manageUsers) return ROLES.filter((role) => role !== 'PARTICIPANT');
  return can.inviteFunderUsers ? ['FUNDER'] : [];
}
