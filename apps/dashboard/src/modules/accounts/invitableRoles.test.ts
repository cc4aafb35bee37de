import { capabilitiesOf, ROLES } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { invitableRoles } from './invitableRoles.js';

describe('the roles a viewer is offered to invite', () => {
  it('are every role for an admin, FUNDER alone for a project lead, none for the others', () => {
    expect(invitableRoles(capabilitiesOf('ADMIN'))).toEqual(ROLES);
    expect(invitableRoles(capabilitiesOf('PROJECT_LEAD'))).toEqual(['FUNDER']);
    expect(invitableRoles(capabilitiesOf('ANALYST'))).toEqual([]);
    expect(invitableRoles(capabilitiesOf('FUNDER'))).toEqual([]);
  });
});
