import { PASSWORD_RULE } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.js';
import { translate } from '../../i18n/translate.js';
import { emailSchema, passwordLength, passwordTwiceSchema } from './passwordSchema.js';

const t = (key: keyof typeof de, params?: Record<string, string | number>) => translate(de, key, params);

describe('the password rule as the forms check it', () => {
  it('counts characters as a person does: an emoji or an umlaut is one', () => {
    expect(passwordLength('Grüße 👋🏽')).toBe([...'Grüße 👋🏽'].length);
    expect(passwordLength('ä'.repeat(15))).toBe(15);
  });

  it('refuses one character short of the rule in German, naming the minimum and what was typed', () => {
    const short = 'a'.repeat(PASSWORD_RULE.minLength - 1);
    const result = passwordTwiceSchema(t).safeParse({ password: short, repeat: short });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['password']);
    expect(result.error?.issues[0]?.message).toBe(
      `Das Passwort ist zu kurz: mindestens ${PASSWORD_RULE.minLength} Zeichen, eingegeben sind ${PASSWORD_RULE.minLength - 1}.`,
    );
  });

  it('takes a long passphrase without digits or symbols, and refuses one past the maximum', () => {
    const phrase = 'der kleine hase hüpft über den zaun';
    expect(passwordTwiceSchema(t).safeParse({ password: phrase, repeat: phrase }).success).toBe(true);
    const long = 'x'.repeat(PASSWORD_RULE.maxLength + 1);
    const result = passwordTwiceSchema(t).safeParse({ password: long, repeat: long });
    expect(result.error?.issues[0]?.message).toContain(`höchstens ${PASSWORD_RULE.maxLength} Zeichen`);
  });

  it('says "do not match" at the second field when the two differ', () => {
    const result = passwordTwiceSchema(t).safeParse({
      password: 'der kleine hase hüpft über den zaun',
      repeat: 'der kleine hase hüpft über den zaum',
    });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['repeat'], 'Die beiden Passwörter stimmen nicht überein.'],
    ]);
  });

  it('trims an e-mail address and refuses one without a domain', () => {
    expect(emailSchema(t).parse('  neu@stiftung.example ')).toBe('neu@stiftung.example');
    expect(emailSchema(t).safeParse('neu@').error?.issues[0]?.message).toBe(
      'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    );
  });
});
