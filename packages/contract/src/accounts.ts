/**
 * Accounts: the states a user is in, how a session began, the single-use links, and the
 * password rule. The API enforces them, the dashboard's forms say them before a request is sent.
 */

/** A user's state (GraphQL `enum UserStatus`): invited until a password is set; deactivated users cannot sign in. */
export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** How a status is stored in `users.status`. */
export type StoredUserStatus = Lowercase<UserStatus>;

/** How a session began (`sessions.method`). */
export const SESSION_METHODS = ['password', 'oidc'] as const;
export type SessionMethod = (typeof SESSION_METHODS)[number];

/** The single-use links mintq mails (`user_tokens.kind`) and how long each stays valid. */
export const LINK_LIFETIME_HOURS = { invitation: 72, password_reset: 1 } as const;
export type LinkKind = keyof typeof LINK_LIFETIME_HOURS;

/** The languages a user's mails are written in (`users.language`). */
export const MAIL_LANGUAGES = ['de', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/**
 * NIST SP 800-63B-4 for a password used alone: length over composition (at least 15
 * characters, no rules about digits or symbols, every Unicode character allowed), at most 256
 * so that hashing stays bounded, and not one of the shipped list of common passwords.
 */
export const PASSWORD_RULE = { minLength: 15, maxLength: 256 } as const;
