import { readFileSync } from 'node:fs';
import { PASSWORD_RULE } from '@mintq/contract';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';

/**
 * The password rule (NIST SP 800-63B): length over composition, and no password that is known
 * or trivially derived from one that is. The list is SecLists' `10k-most-common.txt`
 * (Passwords/Common-Credentials), lower-cased. Most of its entries are shorter than the
 * 15 characters the rule demands, so they matter through the derivations below: a listed word
 * repeated (`passwordpassword`) or padded with digits and symbols (`monkey123456789!`).
 */

export type PasswordRefusal =
  | { reason: 'PASSWORD_TOO_SHORT'; params: { min: number } }
  | { reason: 'PASSWORD_TOO_LONG'; params: { max: number } }
  | { reason: 'PASSWORD_COMMON'; params: Record<string, never> }
  | { reason: 'PASSWORD_IS_EMAIL'; params: Record<string, never> };

// From src/accounts and from dist/accounts alike: the list stays in src, the build copies no text files.
const LIST = new URL('../../src/accounts/common-passwords.txt', import.meta.url);

let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return common;
}

/** Runs of keys or characters people type as a "long" password: 123456789012345, qwertzuiopasdfg. */
const SEQUENCES = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
];

function isSequence(lower: string): boolean {
  return SEQUENCES.some((sequence) =>
    [sequence, [...sequence].reverse().join('')].some((run) =>
      run.repeat(Math.ceil(lower.length / run.length) + 1).includes(lower),
    ),
  );
}

/** The password without the digits and symbols around its letters: `!!monkey2024` → `monkey`. */
function core(lower: string): string {
  return lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

function isCommon(lower: string): boolean {
  const list = commonPasswords();
  if (list.has(lower) || isSequence(lower)) return true;
  const repeated = /^(.+?)\1+$/u.exec(lower);
  if (repeated) return true; // aaaaaaaaaaaaaaa, passwordpassword, abcabcabcabcabc
  const letters = core(lower);
  return letters !== '' && list.has(letters);
}

/**
 * Null when `password` may be used by the user with `email`, else why not (the reason and the
 * values of its sentence). Length counts characters (code points), not bytes: every Unicode
 * character is allowed, spaces included.
 */
export function checkPassword(password: string, user: { email: string }): PasswordRefusal | null {
  const length = [...password].length;
  if (length < PASSWORD_RULE.minLength)
    return { reason: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_RULE.minLength } };
  if (length > PASSWORD_RULE.maxLength)
    return { reason: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_RULE.maxLength } };
  const lower = password.toLowerCase();
  const email = user.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? email;
  const localCore = core(local);
  if (lower.includes(email) || lower === local || (localCore !== '' && core(lower) === localCore))
    return { reason: 'PASSWORD_IS_EMAIL', params: {} };
  if (isCommon(lower)) return { reason: 'PASSWORD_COMMON', params: {} };
  return null;
}

const REFUSAL_MESSAGES: Record<PasswordRefusal['reason'], string> = {
  PASSWORD_TOO_SHORT: `The password needs at least ${PASSWORD_RULE.minLength} characters`,
  PASSWORD_TOO_LONG: `The password may have at most ${PASSWORD_RULE.maxLength} characters`,
  PASSWORD_COMMON: 'The password is too common or too easy to guess: choose another, e.g. a sentence',
  PASSWORD_IS_EMAIL: 'The password must not be the e-mail address or part of it',
};

/** `checkPassword` for the API: BAD_USER_INPUT with the refusal's reason. */
export function assertPasswordAllowed(password: string, user: { email: string }): void {
  const refusal = checkPassword(password, user);
  if (refusal)
    throw new BadUserInputError(REFUSAL_MESSAGES[refusal.reason], because(refusal.reason, refusal.params));
}

/** The English sentence of a refusal, e.g. for the command line. */
export function passwordRefusalMessage(refusal: PasswordRefusal): string {
  return REFUSAL_MESSAGES[refusal.reason];
}
