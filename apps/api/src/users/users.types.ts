import { MAIL_LANGUAGES, type MailLanguage, USER_STATUSES, type UserStatus } from '@mintq/contract';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoleEnum } from '../auth/role.enum.js';
import type { Role } from '../auth/viewer.js';
import { FunderType } from '../funders/funders.types.js';

/** The contract's `USER_STATUSES` as GraphQL's `enum UserStatus`. */
export const UserStatusEnum = Object.fromEntries(USER_STATUSES.map((s) => [s, s])) as {
  [S in UserStatus]: S;
};
registerEnumType(UserStatusEnum, {
  name: 'UserStatus',
  description: 'INVITED until a password is set; DEACTIVATED users cannot sign in.',
});

export type Language = Uppercase<MailLanguage>;

/** The contract's `MAIL_LANGUAGES` as GraphQL's `enum Language` (DE, EN). */
export const LanguageEnum = Object.fromEntries(
  MAIL_LANGUAGES.map((l) => [l.toUpperCase(), l.toUpperCase()]),
) as {
  [L in Language]: L;
};
registerEnumType(LanguageEnum, { name: 'Language', description: 'The language of a user’s mails.' });

@ObjectType('User', { description: 'A user of mintq, as the user administration shows it.' })
export class UserType {
  @Field(() => Int)
  id: number;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => FunderType, { nullable: true, description: 'The funder of a FUNDER user; null otherwise.' })
  funder: FunderType | null;

  @Field(() => UserStatusEnum)
  status: UserStatus;

  @Field(() => LanguageEnum, { description: 'The language mintq writes this user’s mails in.' })
  language: Language;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 instant of the latest sign-in; null for never.',
  })
  lastSignInAt: string | null;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt: string;

  @Field(() => String, {
    nullable: true,
    description: 'INVITED users: when the latest invitation link expires (ISO 8601); null otherwise.',
  })
  invitationExpiresAt: string | null;
}
