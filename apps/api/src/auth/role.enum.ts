import { ROLES, type Role } from '@mintq/contract';
import { registerEnumType } from '@nestjs/graphql';

/** The contract's `ROLES`, as the value GraphQL code-first registers as `enum Role`. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may see and do.' });
