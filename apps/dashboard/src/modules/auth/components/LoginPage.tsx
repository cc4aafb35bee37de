import { type FormEvent, Fragment, useId, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { FORGOT_PASSWORD_PATH } from '../../accounts/accountRoutes.js';
import { useAuth } from '../hooks/useAuth.js';
import { type LoginFailure, useLogin } from '../hooks/useLogin.js';
import { useSsoRefusal } from '../hooks/useSsoRefusal.js';
import { SignInCard } from './SignInCard.js';
import { SingleSignOn } from './SingleSignOn.js';

/** Only same-site paths: `?next=https://evil.example` must not turn sign-in into a redirector. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The form's two inputs; each input's type is its name. */
const LOGIN_FIELDS = [
  { name: 'email', label: 'login.email', autoComplete: 'username' },
  { name: 'password', label: 'login.password', autoComplete: 'current-password' },
] as const;

/** The sign-in form: e-mail, password, and a clear message when it fails. */
export function LoginPage() {
  const { t } = useI18n();
  const id = useId();
  const [params] = useSearchParams();
  const { token, signOutReason } = useAuth();
  const { login, loading } = useLogin();
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const ssoRefusal = useSsoRefusal();

  if (token) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFailure(await login(String(form.get('email') ?? '').trim(), String(form.get('password') ?? '')));
  };

  const message =
    failure?.kind === 'wrong'
      ? t('login.wrong')
      : failure?.kind === 'rateLimited'
        ? rateLimitedText(t, failure.retryAfterSeconds)
        : failure?.kind === 'failed'
          ? t('login.failed')
          : ssoRefusal
            ? t(`login.sso.${ssoRefusal}`)
            : null;
  const notice =
    signOutReason === 'expired'
      ? t('login.expired')
      : signOutReason === 'signedOut'
        ? t('login.signedOut')
        : null;

  return (
    <SignInCard title={t('login.title')} intro={t('login.intro')}>
      {notice && !message ? (
        <p className="mq-app-notice" role="status">
          {notice}
        </p>
      ) : null}
      {message ? (
        <p className="mq-app-error" role="alert" data-testid="login-error">
          {message}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate={false} aria-busy={loading}>
        {LOGIN_FIELDS.map((field) => (
          <Fragment key={field.name}>
            <label htmlFor={`${id}-${field.name}`}>{t(field.label)}</label>
            <input
              id={`${id}-${field.name}`}
              name={field.name}
              type={field.name}
              autoComplete={field.autoComplete}
              required
              className="mq-app-input"
              aria-invalid={failure?.kind === 'wrong' || undefined}
            />
          </Fragment>
        ))}
        <button type="submit" className="mq-button mq-app-login__submit" disabled={loading}>
          {loading ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <SingleSignOn />
      <p>
        <Link to={FORGOT_PASSWORD_PATH}>{t('login.forgot')}</Link>
      </p>
    </SignInCard>
  );
}

/** The first waits after failed sign-ins last seconds (the API doubles them up to 15 minutes). */
function rateLimitedText(t: ReturnType<typeof useI18n>['t'], seconds: number | null): string {
  if (seconds !== null && seconds < 60) return t('error.LOGIN_THROTTLED', { seconds });
  return t('login.rateLimited', { minutes: Math.ceil((seconds ?? 900) / 60) });
}
