import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { because } from '../errors/mintq-error.js';
import { UnauthenticatedError } from '../errors/unauthenticated.error.js';
import { requestState } from '../logging/request-state.js';
import {
  type Authentication,
  AuthService,
  SESSION_INVALID_MESSAGE,
  SIGN_IN_FIRST_MESSAGE,
} from './auth.service.js';
import { IS_PUBLIC } from './public.decorator.js';
import { requestOf, setRequestViewer } from './request-viewer.js';

/**
 * Global guard (APP_GUARD): every resolver and controller needs a valid bearer token unless
 * marked `@Public()`. It puts the Viewer on the GraphQL context (and the request, for
 * `@CurrentViewer()`), and the user id and role on the request log line.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** One token check and user lookup per request, however many root fields it has. */
  private readonly pending = new WeakMap<Request, Promise<Authentication>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const { req, res, graphql } = requestOf(context);
    let authentication = this.pending.get(req);
    if (!authentication) {
      authentication = this.auth.authenticate(req.get('authorization'));
      this.pending.set(req, authentication);
    }
    const result = await authentication;
    if ('problem' in result) {
      if (result.problem === 'missing')
        throw new UnauthenticatedError(SIGN_IN_FIRST_MESSAGE, because('SIGN_IN_FIRST'));
      throw new UnauthenticatedError(SESSION_INVALID_MESSAGE, because('SESSION_ENDED'));
    }
    setRequestViewer(req, result.viewer);
    if (graphql) graphql.viewer = result.viewer;
    const state = requestState(res);
    state.userId = result.viewer.userId;
    state.role = result.viewer.role;
    return true;
  }
}
