import { PASSWORD_RULE } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { assertPasswordAllowed, checkPassword } from './password-rule.js';

const user = { email: 'Lea.Schmidt@Stiftung.example' };
const reasonOf = (password: string) => checkPassword(password, user)?.reason ?? null;

describe('checkPassword', () => {
  it('takes long passwords of any characters, with no rules about digits or symbols', () => {
    for (const password of [
      'correct horse battery staple',
      'der mond ist aufgegangen',
      'Übermorgen früh um sieben 🌅',
      'eine lange Zeile ohne Ziffern',
    ])
      expect(reasonOf(password), password).toBeNull();
  });

  it('counts characters, not bytes, at both ends of the length rule', () => {
    expect(checkPassword('ä'.repeat(7) + 'ö'.repeat(7), user)).toEqual({
      reason: 'PASSWORD_TOO_SHORT',
      params: { min: PASSWORD_RULE.minLength },
    });
    expect(reasonOf('äöü-wörter-länger')).toBeNull();
    const longest = `${'ein Satz, '.repeat(25)}fertig`;
    expect([...longest].length).toBe(256);
    expect(reasonOf(longest)).toBeNull();
    expect(checkPassword(`${longest}!`, user)).toEqual({
      reason: 'PASSWORD_TOO_LONG',
      params: { max: PASSWORD_RULE.maxLength },
    });
  });

  it('refuses common passwords, ignoring case, and what is trivially made of them', () => {
    expect(reasonOf('aaaaaaaaaaaaaaaa')).toBe('PASSWORD_COMMON');
    expect(reasonOf('films+pic+galeries')).toBe('PASSWORD_COMMON'); // listed as it is
    expect(reasonOf('PasswordPassword')).toBe('PASSWORD_COMMON');
    expect(reasonOf('Sunshine123456789')).toBe('PASSWORD_COMMON');
    expect(reasonOf('!!!monkey2024!!!')).toBe('PASSWORD_COMMON');
    expect(reasonOf('123456789012345')).toBe('PASSWORD_COMMON');
    expect(reasonOf('qwertzuiopasdfgh')).toBe('PASSWORD_COMMON');
    expect(reasonOf('zyxwvutsrqponmlk')).toBe('PASSWORD_COMMON');
    // A listed word inside a longer phrase is fine: the phrase is what counts.
    expect(reasonOf('monkey on a bicycle at noon')).toBeNull();
  });

  it("refuses the user's own e-mail address and its part before the @", () => {
    expect(reasonOf('lea.schmidt@stiftung.example')).toBe('PASSWORD_IS_EMAIL');
    expect(reasonOf('my lea.schmidt@stiftung.example')).toBe('PASSWORD_IS_EMAIL');
    expect(checkPassword('lea.schmidt.mintq', { email: 'lea.schmidt.mintq@x.example' })?.reason).toBe(
      'PASSWORD_IS_EMAIL',
    );
    expect(checkPassword('lea.schmidt.mintq2025', { email: 'lea.schmidt.mintq@x.example' })?.reason).toBe(
      'PASSWORD_IS_EMAIL',
    );
    expect(reasonOf('lea schmidt reads a long book')).toBeNull();
  });

  it('refuses as BAD_USER_INPUT with the reason and its values for the dashboard', () => {
    expect(() => assertPasswordAllowed('kurz', user)).toThrow(BadUserInputError);
    try {
      assertPasswordAllowed('kurz', user);
    } catch (error) {
      expect((error as BadUserInputError).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PASSWORD_TOO_SHORT',
        params: { min: 15 },
      });
    }
    expect(() => assertPasswordAllowed('correct horse battery staple', user)).not.toThrow();
  });
});
