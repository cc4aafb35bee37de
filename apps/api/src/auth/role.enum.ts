import { registerEnumType } from '@nestjs/graphql';
import type { Role } from './viewer.js';

/** The contract's `enum Role`, as a value GraphQL code-first can register. */
export const RoleEnum = {
  ADMIN: 'ADMIN',
  PROJECT_LEAD: 'PROJECT_LEAD',
  ANALYST: 'ANALYST',
  FUNDER: 'FUNDER',
} as const satisfies { [R in Role]: R };

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may see and do.' });
