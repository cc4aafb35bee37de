import { PASSWORD_RULE } from '@mintq/contract';
import { z } from '../../common/zod.js';
import type { I18nValue } from '../../i18n/I18nContext.js';

/** Length as a person counts it: one emoji or accented letter is one character, as the API counts. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/**
 * The contract's password rule as a zod check, worded in the reader's language: length only
 * (NIST SP 800-63B); whether a password is too common only the API knows (its shipped list).
 */
export function newPasswordSchema(t: I18nValue['t']) {
  return z.string().superRefine((password, context) => {
    const count = passwordLength(password);
    if (count < PASSWORD_RULE.minLength) {
      context.addIssue({
        code: 'custom',
        message: t('password.tooShort', { min: PASSWORD_RULE.minLength, count }),
      });
    } else if (count > PASSWORD_RULE.maxLength) {
      context.addIssue({ code: 'custom', message: t('password.tooLong', { max: PASSWORD_RULE.maxLength }) });
    }
  });
}

/** A new password typed twice: the rule on the first, "do not match" on the second. */
export function passwordTwiceSchema(t: I18nValue['t']) {
  return z
    .object({ password: newPasswordSchema(t), repeat: z.string() })
    .refine((values) => values.password === values.repeat, {
      message: t('password.mismatch'),
      path: ['repeat'],
    });
}

/** The values of a form with a new password typed twice. */
export type PasswordTwice = z.infer<ReturnType<typeof passwordTwiceSchema>>;

/** An e-mail address, trimmed, as mintq accepts it. */
export function emailSchema(t: I18nValue['t']) {
  return z
    .string()
    .trim()
    .pipe(z.email({ message: t('form.emailInvalid') }));
}
