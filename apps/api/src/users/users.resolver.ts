import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { RoleEnum } from '../auth/role.enum.js';
import type { Role, Viewer } from '../auth/viewer.js';
import { UserAdminService } from './user-admin.service.js';
import { type Language, LanguageEnum, UserType } from './users.types.js';

/**
 * The user administration. Admins manage every user; project leads invite, list and re-invite
 * FUNDER users (the service enforces that finer rule). Every change is in the audit log.
 */
@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UserAdminService) {}

  @Can('inviteFunderUsers')
  @Query(() => [UserType], {
    description: 'Every user for ADMIN; the FUNDER users for PROJECT_LEAD. By e-mail.',
  })
  users(@CurrentViewer() viewer: Viewer): Promise<UserType[]> {
    return this.service.list(viewer);
  }

  @Can('inviteFunderUsers')
  @Mutation(() => UserType, {
    description:
      'Creates an INVITED user and mails an invitation link (valid 72 h). FUNDER users (with their funder): ADMIN and PROJECT_LEAD; every other role (no funder): ADMIN.',
  })
  inviteUser(
    @CurrentViewer() viewer: Viewer,
    @Args('email', { type: () => String }) email: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @Args('funder', { type: () => String, nullable: true }) funder: string | null,
    @Args('language', { type: () => LanguageEnum, nullable: true, defaultValue: 'DE' })
    language: Language | null,
  ): Promise<UserType> {
    return this.service.invite(viewer, { email, role, funder, language });
  }

  @Can('inviteFunderUsers')
  @Mutation(() => UserType, {
    description:
      'Mails an INVITED user a new link; the earlier ones stop working. PROJECT_LEAD: FUNDER users only.',
  })
  resendInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => Int }) userId: number,
  ): Promise<UserType> {
    return this.service.resendInvitation(viewer, userId);
  }

  @Can('manageUsers')
  @Mutation(() => UserType, {
    description:
      "Gives a user another role (a FUNDER user: with its funder) and ends the user's sessions. Not one's own; not the last active admin's.",
  })
  changeUserRole(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => Int }) userId: number,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @Args('funder', { type: () => String, nullable: true }) funder: string | null,
  ): Promise<UserType> {
    return this.service.changeRole(viewer, userId, role, funder);
  }

  @Can('manageUsers')
  @Mutation(() => UserType, {
    description:
      "Deactivates a user: sign-in is refused and the user's sessions and links end at once. Not oneself; not the last active admin.",
  })
  deactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => Int }) userId: number,
  ): Promise<UserType> {
    return this.service.deactivate(viewer, userId);
  }

  @Can('manageUsers')
  @Mutation(() => UserType, {
    description:
      'Reactivates a user: ACTIVE again, or INVITED for one who never accepted the invitation (resend it).',
  })
  reactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => Int }) userId: number,
  ): Promise<UserType> {
    return this.service.reactivate(viewer, userId);
  }
}
