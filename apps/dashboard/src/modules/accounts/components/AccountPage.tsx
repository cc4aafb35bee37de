import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { z } from '../../../common/zod.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useAuth } from '../../auth/hooks/useAuth.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { changePasswordMutation } from '../graphql/accountMutations.js';
import { passwordTwiceSchema } from '../passwordSchema.js';
import { TextField } from './FormField.js';
import { PasswordTwiceFields } from './PasswordTwiceFields.js';
import '../accounts.css';

/** /konto, for every signed-in user: who they are signed in as, and changing the password. */
export function AccountPage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <>
      <PageHeader
        title={t('account.title')}
        intro={t('account.intro', { email: viewer.email, role: t(`role.${viewer.role}`) })}
      />
      <div className="mq-app-stack">
        <SectionCard title={t('account.passwordTitle')} className="ac-card" testId="change-password">
          <p>{t('account.passwordIntro')}</p>
          <ChangePasswordForm email={viewer.email} />
        </SectionCard>
      </div>
    </>
  );
}

/** Current password, then the new one twice; the answer is a fresh session for this tab. */
function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const schema = useMemo(
    () =>
      z
        .object({ current: z.string().min(1, { message: t('password.currentRequired') }) })
        .and(passwordTwiceSchema(t)),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { current: '', password: '', repeat: '' },
  });
  const [change, { loading, error }] = useMutation(changePasswordMutation);
  const [changed, setChanged] = useState(false);
  const onSubmit = handleSubmit(async ({ current, password }) => {
    setChanged(false);
    const result = await change({ variables: { currentPassword: current, newPassword: password } }).catch(
      () => null,
    );
    const session = result?.data?.changePassword;
    if (!session) return;
    // The old session ended with the change: this tab goes on with the new one.
    signIn(session.token);
    reset();
    setChanged(true);
  });
  return (
    <form className="ac-form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        error={formState.errors.current?.message}
        data-testid="current-password"
        {...register('current')}
      />
      <PasswordTwiceFields register={register} errors={formState.errors} refusal={error} />
      {changed ? (
        <p className="mq-app-ok" role="status">
          {t('account.changed')}
        </p>
      ) : null}
      <div className="mq-app-actions">
        <button type="submit" className="mq-button" disabled={loading}>
          {loading ? t('account.submitting') : t('account.submit')}
        </button>
      </div>
    </form>
  );
}
