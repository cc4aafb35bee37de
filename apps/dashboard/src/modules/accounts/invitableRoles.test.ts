import { capabilitiesOf } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { invitableRoles } from './invitableRoles.js';

describe('the roles a viewer is offered to invite', () => {
  it('are every role but PARTICIPANT for an admin, FUNDER alone for a project lead, none for the others', () => {
    // Coordinators are invited from their cohort's roster (Vollständigkeit), never here.
    expect(invitableRoles(capabilitiesOf('ADMIN'))).toEqual(['ADMIN', 'PROJECT_LEAD', 'ANALYST', 'FUNDER']);
    expect(invitableRoles(capabilitiesOf('PROJECT_LEAD'))).toEqual(['FUNDER']);
    expect(invitableRoles(capabilitiesOf('ANALYST'))).toEqual([]);
    expect(invitableRoles(capabilitiesOf('FUNDER'))).toEqual([]);
    expect(invitableRoles(capabilitiesOf('PARTICIPANT'))).toEqual([]);
  });
});
