import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { resetPasswordMutation } from '../graphql/accountLinkOperations.js';
import { useLinkToken } from '../hooks/useLinkToken.js';
import { useSessionStart } from '../hooks/useSessionStart.js';
import { type PasswordTwice, passwordTwiceSchema } from '../passwordSchema.js';
import { PasswordTwiceFields } from './PasswordTwiceFields.js';
import { PublicPage } from './PublicPage.js';

/** /passwort-zuruecksetzen#token=…: a new password from a reset link (valid once, one hour). */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const token = useLinkToken();
  const schema = useMemo(() => passwordTwiceSchema(t), [t]);
  const { register, handleSubmit, formState } = useForm<PasswordTwice>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', repeat: '' },
  });
  const [reset, { loading, error }] = useMutation(resetPasswordMutation);
  const start = useSessionStart();
  const onSubmit = handleSubmit(async ({ password }) => {
    if (!token) return;
    const result = await reset({ variables: { token, password } }).catch(() => null);
    const session = result?.data?.resetPassword;
    if (session) await start(session.token);
  });
  const requestNew = (
    <p>
      <Link to="/passwort-vergessen">{t('reset.requestNew')}</Link>
    </p>
  );
  if (!token) {
    return (
      <PublicPage title={t('reset.title')}>
        <p className="mq-app-error" role="alert" data-testid="link-invalid">
          {t('reset.noToken')}
        </p>
        {requestNew}
      </PublicPage>
    );
  }
  return (
    <PublicPage title={t('reset.title')} intro={t('reset.intro')}>
      <form onSubmit={onSubmit} noValidate aria-busy={loading}>
        <PasswordTwiceFields register={register} errors={formState.errors} refusal={error} />
        <button type="submit" className="mq-button mq-app-login__submit" disabled={loading}>
          {loading ? t('reset.submitting') : t('reset.submit')}
        </button>
      </form>
      {error ? requestNew : null}
    </PublicPage>
  );
}
