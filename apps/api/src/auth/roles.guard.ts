import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import { SIGN_IN_FIRST_MESSAGE } from './auth.service.js';
import { requestOf, requestViewer } from './request-viewer.js';
import { ROLES } from './roles.decorator.js';
import type { Role } from './viewer.js';

/** Global guard (APP_GUARD, after AuthGuard): enforces `@Roles(…)`; other roles get FORBIDDEN. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const { req, graphql } = requestOf(context);
    const viewer = requestViewer(req);
    if (!viewer) throw new UnauthenticatedError(SIGN_IN_FIRST_MESSAGE);
    if (roles.includes(viewer.role)) return true;
    const message = `Only ${roles.join(', ')} may do this`;
    throw graphql ? new ForbiddenError(message) : new ForbiddenException(message);
  }
}
