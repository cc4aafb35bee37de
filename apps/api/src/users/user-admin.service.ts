import { can, type MailLanguage, type Role, type StoredRole, type StoredUserStatus } from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import { AccountLinks } from '../accounts/account-links.service.js';
import { toRole, type Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { ForbiddenError } from '../errors/forbidden.error.js';
import { because } from '../errors/mintq-error.js';
import { NotFoundError } from '../errors/not-found.error.js';
import { UserAdminRepository, type UserAdminRow } from './user-admin.repository.js';
import { UsersRepository } from './users.repository.js';
import type { Language, UserType } from './users.types.js';

/** At most what an address may be long (RFC 5321), one `@`, no spaces. */
const MAX_EMAIL_LENGTH = 320;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export interface InviteInput {
  email: string;
  role: Role;
  funder?: string | null;
  language?: Language | null;
}

/**
 * The user administration's rules. The capability guard lets in who may use a field at all
 * (`inviteFunderUsers`, `manageUsers`); here the finer rules: a project lead invites, lists
 * and re-invites FUNDER users only; a FUNDER user needs a funder and nobody else has one;
 * nobody deactivates themselves or changes their own role; one active admin always stays.
 * Every change is in the audit log, and a change of role or a deactivation ends the user's
 * sessions at once.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly repository: UserAdminRepository,
    // Only the invitation mail: the links and their texts are the accounts' (AccountLinks).
    @Inject(AccountLinks) private readonly invitations: Pick<AccountLinks, 'sendInvitation'>,
  ) {}

  /** Every user for an admin; the FUNDER users for a project lead. */
  async list(viewer: Viewer): Promise<UserType[]> {
    const rows = await this.repository.listUsers(can(viewer.role, 'manageUsers') ? null : ['funder']);
    return rows.map(toUser);
  }

  async invite(viewer: Viewer, input: InviteInput): Promise<UserType> {
    checkNotParticipant(input.role);
    this.checkMayHandle(viewer, input.role);
    const email = checkedEmail(input.email);
    const language = (input.language ?? 'DE').toLowerCase() as MailLanguage;
    const id = await this.repository
      .transaction(async (trx) => {
        const funderId = await this.funderIdFor(input.role, input.funder ?? null, trx);
        const users = new UsersRepository(trx);
        if (await users.userIdQuery(email, trx).executeTakeFirst())
          throw new BadUserInputError('Another user already has this e-mail address', because('EMAIL_TAKEN'));
        const { id } = await this.repository
          .insertInvitedUserQuery(
            { email, role: stored(input.role), funderId, language, invitedBy: viewer.userId },
            trx,
          )
          .executeTakeFirstOrThrow();
        await this.audit(
          viewer,
          'user.invited',
          id,
          { role: input.role, funder: input.funder ?? null, language },
          trx,
        );
        return id;
      })
      .catch((error: unknown) => {
        // Two invitations of one address at the same moment: the unique index refuses the second.
        if ((error as { code?: unknown }).code === '23505')
          throw new BadUserInputError('Another user already has this e-mail address', because('EMAIL_TAKEN'));
        throw error;
      });
    // After the commit: the link's row refers to the user, and a mail never goes out for a user
    // that a failed transaction took back.
    await this.invitations.sendInvitation(id, { invitedBy: viewer.userId });
    return this.get(id);
  }

  /** A new invitation link for a user who has not accepted one yet; the earlier links stop working. */
  async resendInvitation(viewer: Viewer, userId: number): Promise<UserType> {
    const user = await this.found(userId);
    this.checkMayHandle(viewer, toRole(user.role));
    if (user.status !== 'invited')
      throw new BadUserInputError('Only an invited user gets a new invitation', because('NOT_INVITED'));
    // AccountLinks retires the user's earlier links when it stores the new one.
    await this.invitations.sendInvitation(userId, { invitedBy: viewer.userId });
    await this.audit(viewer, 'user.invitation_resent', userId, {});
    return this.get(userId);
  }

  async changeRole(viewer: Viewer, userId: number, role: Role, funder: string | null): Promise<UserType> {
    this.checkNotOwn(viewer, userId);
    await this.repository.transaction(async (trx) => {
      const user = await this.found(userId, trx);
      checkNotParticipant(role);
      checkNotParticipant(toRole(user.role));
      const funderId = await this.funderIdFor(role, funder, trx);
      const from = { role: toRole(user.role), funder: user.funder_key };
      if (from.role === role && from.funder === (funder ?? null)) return;
      if (role !== 'ADMIN') await this.checkNotLastAdmin(user, trx);
      await this.repository.updateRoleQuery(userId, stored(role), funderId, trx).execute();
      await this.repository.revokeSessionsQuery(userId, trx).execute();
      await this.audit(
        viewer,
        'user.role_changed',
        userId,
        { from, to: { role, funder: funder ?? null } },
        trx,
      );
    });
    return this.get(userId);
  }

  /** Ends the user's sessions and links at once; a deactivated user cannot sign in. */
  async deactivate(viewer: Viewer, userId: number): Promise<UserType> {
    this.checkNotOwn(viewer, userId);
    await this.repository.transaction(async (trx) => {
      const user = await this.found(userId, trx);
      if (user.status === 'deactivated') return;
      await this.checkNotLastAdmin(user, trx);
      await this.repository.updateStatusQuery(userId, 'deactivated', trx).execute();
      await this.repository.revokeSessionsQuery(userId, trx).execute();
      await this.repository.expireLinksQuery(userId, trx).execute();
      await this.audit(viewer, 'user.deactivated', userId, {}, trx);
    });
    return this.get(userId);
  }

  /**
   * Back to active, or to invited for a user who never accepted the invitation (their links
   * expired with the deactivation: resend the invitation).
   */
  async reactivate(viewer: Viewer, userId: number): Promise<UserType> {
    await this.repository.transaction(async (trx) => {
      const user = await this.found(userId, trx);
      if (user.status !== 'deactivated') return;
      // Signed in before (a password, or their organisation's sign-in without one): active again.
      const accepted = user.has_password || user.last_sign_in_at !== null;
      const status: StoredUserStatus = accepted ? 'active' : 'invited';
      await this.repository.updateStatusQuery(userId, status, trx).execute();
      await this.audit(viewer, 'user.reactivated', userId, { status: status.toUpperCase() }, trx);
    });
    return this.get(userId);
  }

  /** A project lead handles FUNDER users only; every other role is an admin's (`manageUsers`). */
  private checkMayHandle(viewer: Viewer, role: Role) {
    if (role !== 'FUNDER' && !can(viewer.role, 'manageUsers'))
      throw new ForbiddenError('A project lead invites funder users only', because('FUNDER_USERS_ONLY'));
  }

  private checkNotOwn(viewer: Viewer, userId: number) {
    if (viewer.userId === userId)
      throw new ForbiddenError(
        'Nobody deactivates or changes the role of their own account',
        because('OWN_ACCOUNT'),
      );
  }

  /** Refuses to take the last active admin away (deactivation or another role). */
  private async checkNotLastAdmin(user: UserAdminRow, trx: Transaction<DB>) {
    if (user.role !== 'admin' || user.status !== 'active') return;
    const admins = await this.repository.lockActiveAdminsQuery(trx).execute();
    if (admins.every((admin) => admin.id === user.id))
      throw new BadUserInputError('mintq keeps at least one active admin', because('LAST_ADMIN'));
  }

  /** The funder's id for a FUNDER user, null for every other role; refuses the wrong combination. */
  private async funderIdFor(role: Role, funder: string | null, trx: Transaction<DB>): Promise<number | null> {
    if (role !== 'FUNDER') {
      if (funder)
        throw new BadUserInputError(
          'Only FUNDER users belong to a funder',
          because('FUNDER_NOT_ALLOWED', { role }),
        );
      return null;
    }
    if (!funder) throw new BadUserInputError('A FUNDER user needs a funder', because('FUNDER_REQUIRED'));
    const found = await new UsersRepository(trx).funderIdQuery(funder, trx).executeTakeFirst();
    if (!found)
      throw new BadUserInputError(`Unknown funder "${funder}"`, because('UNKNOWN_FUNDER', { value: funder }));
    return found.id;
  }

  private async found(userId: number, trx?: Transaction<DB>): Promise<UserAdminRow> {
    const user = await this.repository.findUser(userId, trx);
    if (!user) throw new NotFoundError(`No user ${userId}`, because('UNKNOWN_USER', { value: userId }));
    return user;
  }

  private async get(userId: number): Promise<UserType> {
    return toUser(await this.found(userId));
  }

  private audit(
    viewer: Viewer,
    action: string,
    userId: number,
    details: Record<string, unknown>,
    trx?: Transaction<DB>,
  ) {
    return this.repository
      .insertAuditQuery({ actorId: viewer.userId, actorEmail: viewer.email, action, userId, details }, trx)
      .execute();
  }
}

/**
 * A coordinator's account is their participant's (`users.participant_id`): it is created from a
 * cohort's roster (`inviteParticipants`), and no account becomes or stops being one by a role
 * change, which would tie a person's data to someone else's sign-in or leave it tied to none.
 */
function checkNotParticipant(role: Role) {
  if (role === 'PARTICIPANT')
    throw new BadUserInputError(
      "A coordinator's account is tied to their participant: invite coordinators from a cohort's roster (inviteParticipants); their role does not change, and no other account becomes one",
      because('PARTICIPANT_ROLE'),
    );
}

function stored(role: Role): StoredRole {
  return role.toLowerCase() as StoredRole;
}

function checkedEmail(raw: string): string {
  const email = raw.trim();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email))
    throw new BadUserInputError('This is no e-mail address', because('EMAIL_INVALID'));
  return email;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function toUser(row: UserAdminRow): UserType {
  return {
    id: row.id,
    email: row.email,
    role: toRole(row.role),
    funder:
      row.funder_key === null
        ? null
        : { key: row.funder_key, name: row.funder_name ?? row.funder_key, kind: row.funder_kind ?? '' },
    status: row.status.toUpperCase() as UserType['status'],
    language: row.language.toUpperCase() as Language,
    lastSignInAt: iso(row.last_sign_in_at),
    createdAt: new Date(row.created_at).toISOString(),
    invitationExpiresAt: row.status === 'invited' ? iso(row.invitation_expires_at) : null,
  };
}
