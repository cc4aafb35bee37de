import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { z } from '../../../common/zod.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { requestPasswordResetMutation } from '../graphql/accountLinkOperations.js';
import { emailSchema } from '../passwordSchema.js';
import { TextField } from './FormField.js';
import { PublicPage } from './PublicPage.js';

/**
 * /passwort-vergessen: asks for a reset link. The answer is the same whether the address is
 * known or not, so the page cannot be used to find out who has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const schema = useMemo(() => z.object({ email: emailSchema(t) }), [t]);
  const { register, handleSubmit, formState } = useForm<{ email: string }>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
  });
  const [request, { loading, error }] = useMutation(requestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const onSubmit = handleSubmit(async ({ email }) => {
    const result = await request({ variables: { email } }).catch(() => null);
    if (result?.data) setSentTo(email);
  });
  return (
    <PublicPage title={t('forgot.title')} intro={t('forgot.intro')}>
      {sentTo ? (
        <p className="mq-app-ok" role="status" data-testid="reset-requested">
          {t('forgot.sent', { email: sentTo })}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-busy={loading}>
          <TextField
            label={t('login.email')}
            type="email"
            autoComplete="username"
            error={formState.errors.email?.message}
            {...register('email')}
          />
          {error ? (
            <p className="mq-app-error" role="alert">
              {t('forgot.failed', { message: graphqlErrorText(error, t) })}
            </p>
          ) : null}
          <button type="submit" className="mq-button mq-app-login__submit" disabled={loading}>
            {loading ? t('forgot.submitting') : t('forgot.submit')}
          </button>
        </form>
      )}
    </PublicPage>
  );
}
