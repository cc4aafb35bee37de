import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { SessionType } from '../auth/auth.types.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Public } from '../auth/public.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { AccountLinks } from './account-links.service.js';
import { InvitationInfoType } from './accounts.types.js';

/** Self-service: first password from an invitation, a forgotten password, a new password. */
@Resolver()
export class AccountsResolver {
  constructor(private readonly links: AccountLinks) {}

  @Public()
  @Query(() => InvitationInfoType, {
    nullable: true,
    description:
      'The invitation behind a link (the `token` of its fragment); null for an unknown, used or expired link.',
  })
  invitation(@Args('token', { type: () => String }) token: string): Promise<InvitationInfoType | null> {
    return this.links.invitation(token);
  }

  @Public()
  @Mutation(() => SessionType, {
    description:
      'Sets the first password from an invitation link and signs in. BAD_USER_INPUT: LINK_INVALID, or a PASSWORD_* reason (the link then still works).',
  })
  acceptInvitation(
    @Args('token', { type: () => String }) token: string,
    @Args('password', { type: () => String }) password: string,
    @Context('req') req: Request,
  ): Promise<SessionType> {
    return this.links.acceptInvitation(token, password, req.ip ?? null);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link (valid 1 h) to an active user with this e-mail. Always true: the answer never tells which e-mails exist.',
  })
  requestPasswordReset(
    @Args('email', { type: () => String }) email: string,
    @Context('req') req: Request,
  ): boolean {
    return this.links.requestPasswordReset(email, req.ip ?? null);
  }

  @Public()
  @Mutation(() => SessionType, {
    description:
      'Sets a new password from a reset link, ends every other session and signs in. BAD_USER_INPUT: LINK_INVALID or a PASSWORD_* reason.',
  })
  resetPassword(
    @Args('token', { type: () => String }) token: string,
    @Args('password', { type: () => String }) password: string,
    @Context('req') req: Request,
  ): Promise<SessionType> {
    return this.links.resetPassword(token, password, req.ip ?? null);
  }

  @Mutation(() => SessionType, {
    description:
      "Changes the signed-in user's password and ends all their sessions; use the returned token from now on. BAD_USER_INPUT: WRONG_PASSWORD or a PASSWORD_* reason.",
  })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword', { type: () => String }) currentPassword: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
    @Context('req') req: Request,
  ): Promise<SessionType> {
    return this.links.changePassword(viewer, currentPassword, newPassword, req.ip ?? null);
  }
}
