import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { LoadingState } from '@mintq/ui';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { acceptInvitationMutation, invitationQuery } from '../graphql/accountLinkOperations.js';
import { useLinkToken } from '../hooks/useLinkToken.js';
import { useSessionStart } from '../hooks/useSessionStart.js';
import { type PasswordTwice, passwordTwiceSchema } from '../passwordSchema.js';
import { PasswordTwiceFields } from './PasswordTwiceFields.js';
import { PublicPage } from './PublicPage.js';

/** /einladung#token=…: shows whom the invitation is for, sets the first password, signs in. */
export function InvitationPage() {
  const { t, format } = useI18n();
  const token = useLinkToken();
  const { data, loading, error } = useQuery(invitationQuery, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const invitation = data?.invitation ?? null;
  return (
    <PublicPage title={t('invitation.title')} intro={invitation ? t('invitation.intro') : undefined}>
      {token && loading ? (
        <LoadingState label={t('invitation.checking')} />
      ) : error ? (
        <p className="mq-app-error" role="alert">
          {graphqlErrorText(error, t)}
        </p>
      ) : invitation && token ? (
        <>
          <p className="mq-app-notice" data-testid="invitation-for">
            {t('invitation.for', { email: invitation.email, date: format.dateTime(invitation.expiresAt) })}
          </p>
          <AcceptForm token={token} email={invitation.email} />
        </>
      ) : (
        <p className="mq-app-error" role="alert" data-testid="link-invalid">
          {t('invitation.invalid')}
        </p>
      )}
    </PublicPage>
  );
}

/** The two password fields; a refusal (e.g. a common password) keeps what was typed. */
function AcceptForm({ token, email }: { token: string; email: string }) {
  const { t } = useI18n();
  const schema = useMemo(() => passwordTwiceSchema(t), [t]);
  const { register, handleSubmit, formState } = useForm<PasswordTwice>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', repeat: '' },
  });
  const [accept, { loading, error }] = useMutation(acceptInvitationMutation);
  const start = useSessionStart();
  const onSubmit = handleSubmit(async ({ password }) => {
    const result = await accept({ variables: { token, password } }).catch(() => null);
    const session = result?.data?.acceptInvitation;
    if (session) await start(session.token);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={loading}>
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordTwiceFields register={register} errors={formState.errors} refusal={error} />
      <button type="submit" className="mq-button mq-app-login__submit" disabled={loading}>
        {loading ? t('invitation.submitting') : t('invitation.submit')}
      </button>
    </form>
  );
}
