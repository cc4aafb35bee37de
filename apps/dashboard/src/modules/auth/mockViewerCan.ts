import { capabilitiesOf, type Role } from '@mintq/contract';

/**
 * `viewer.can` as the API answers it for a role, for tests that mock the viewer query: derived
 * from the contract's table, so no test writes its own idea of who may do what.
 */
export function mockViewerCan(role: Role) {
  return { __typename: 'Capabilities', ...capabilitiesOf(role) } as const;
}
