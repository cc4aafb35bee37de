import { PASSWORD_RULE } from '@mintq/contract';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { TextField } from './FormField.js';

/** Props of {@link PasswordTwiceFields}. */
export interface PasswordTwiceFieldsProps {
  /** The form's `register`: its values hold `password` and `repeat`. */
  register(name: 'password' | 'repeat'): UseFormRegisterReturn;
  errors: { password?: { message?: string }; repeat?: { message?: string } };
  /** The API's refusal of the last save (e.g. a common password), if any. */
  refusal?: unknown;
}

/**
 * "Neues Passwort" with the rule said before typing, the same again to catch a typo, and why
 * the API refused the last try.
 */
export function PasswordTwiceFields({ register, errors, refusal }: PasswordTwiceFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('password.new')}
        hint={t('password.rule', { min: PASSWORD_RULE.minLength })}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        data-testid="new-password"
        {...register('password')}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        error={errors.repeat?.message}
        data-testid="repeat-password"
        {...register('repeat')}
      />
      {refusal ? (
        <p className="mq-app-error" role="alert" data-testid="form-error">
          {t('password.failed', { message: graphqlErrorText(refusal, t) })}
        </p>
      ) : null}
    </>
  );
}
