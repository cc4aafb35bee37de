import { SetMetadata } from '@nestjs/common';
import type { Role } from './viewer.js';

export const ROLES = 'mintq:roles';

/**
 * Restricts a resolver (method or class) to these roles, e.g. `@Roles('ADMIN', 'PROJECT_LEAD')`;
 * others get FORBIDDEN. Without it every signed-in role may call it: data-level limits (a
 * funder's own scope, suppression) belong to ScopeService.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES, roles);
