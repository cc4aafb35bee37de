import { CAPABILITIES, type Capability, can } from '@mintq/contract';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import { SIGN_IN_FIRST_MESSAGE } from './auth.service.js';
import { CAPABILITY } from './can.decorator.js';
import { requestOf, requestViewer } from './request-viewer.js';

/** Global guard (APP_GUARD, after AuthGuard): enforces `@Can(…)` from the contract's table. */
@Injectable()
export class CapabilityGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const capability = this.reflector.getAllAndOverride<Capability | undefined>(CAPABILITY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!capability) return true;
    const viewer = requestViewer(requestOf(context).req);
    if (!viewer) throw new UnauthenticatedError(SIGN_IN_FIRST_MESSAGE);
    if (can(viewer.role, capability)) return true;
    throw capabilityDenied(capability);
  }
}

/** The refusal of a request that needs a capability the viewer's role lacks. */
export function capabilityDenied(capability: Capability): ForbiddenError {
  return new ForbiddenError(`Only ${CAPABILITIES[capability].join(', ')} may do this`);
}
