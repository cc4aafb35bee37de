import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthService } from './auth.service.js';
import { SessionType, ViewerType } from './auth.types.js';
import { CurrentViewer } from './current-viewer.decorator.js';
import { Public } from './public.decorator.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => SessionType, {
    description:
      'Signs in; wrong e-mail or password: UNAUTHENTICATED; while the account or the client address waits after repeated failures: TOO_MANY_REQUESTS (reason LOGIN_THROTTLED, retryAfterSeconds).',
  })
  login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context('req') req: Request,
  ): Promise<SessionType> {
    return this.auth.login({ email, password, ip: req.ip ?? 'unknown' });
  }

  @Mutation(() => Boolean, {
    description:
      'Signs out: ends the session of this token at once (its next request is UNAUTHENTICATED, reason SESSION_ENDED).',
  })
  logout(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.auth.logout(viewer);
  }

  @Query(() => ViewerType, { description: 'The signed-in user.' })
  viewer(@CurrentViewer() viewer: Viewer): Promise<ViewerType> {
    return this.auth.describe(viewer);
  }
}
