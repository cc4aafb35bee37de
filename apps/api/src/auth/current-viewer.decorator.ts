import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import { SIGN_IN_FIRST_MESSAGE } from './auth.service.js';
import { requestOf, requestViewer } from './request-viewer.js';
import type { Viewer } from './viewer.js';

/**
 * The signed-in `Viewer` as a resolver (or controller) parameter:
 * `reach(@CurrentViewer() viewer: Viewer, @Args(…) scope: ScopeInput)`. Never undefined: on a
 * `@Public()` handler without a session it throws UNAUTHENTICATED rather than pass nothing.
 */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestViewer(requestOf(context).req);
  if (!viewer) throw new UnauthenticatedError(SIGN_IN_FIRST_MESSAGE);
  return viewer;
});
