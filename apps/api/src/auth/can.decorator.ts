import type { Capability } from '@mintq/contract';
import { SetMetadata } from '@nestjs/common';

export const CAPABILITY = 'mintq:capability';

/**
 * Opens a resolver or controller (method or class) only to the roles that have this capability
 * in the contract's table (`CAPABILITIES`), e.g. `@Can('importData')`; CapabilityGuard answers
 * the others FORBIDDEN. Without it every signed-in role may call it: data-level limits (a
 * funder's own scope, suppression) belong to ScopeService.
 */
export const Can = (capability: Capability) => SetMetadata(CAPABILITY, capability);
