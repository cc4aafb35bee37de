import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { LINK_LIFETIME_HOURS, MAIL_LANGUAGES, type Role } from '@mintq/contract';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { z } from '../../../common/zod.js';
import type { Language } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useReportFunders } from '../../reports/hooks/useReportFunders.js';
import { inviteUserMutation } from '../graphql/userMutations.js';
import { emailSchema } from '../passwordSchema.js';
import { SelectControl, TextField } from './FormField.js';

/** Props of {@link InviteUserForm}. */
export interface InviteUserFormProps {
  /** The roles the viewer may invite (a project lead: FUNDER only). */
  roles: readonly Role[];
  onInvited(email: string): void;
}

/**
 * E-mail, role, the funder of a FUNDER user, and the language of the mails. On success the form
 * empties; on a refusal everything typed stays.
 */
export function InviteUserForm({ roles, onInvited }: InviteUserFormProps) {
  const { t } = useI18n();
  const { funders } = useReportFunders();
  const schema = useMemo(
    () =>
      z
        .object({
          email: emailSchema(t),
          role: z.enum(roles as [Role, ...Role[]]),
          funder: z.string(),
          language: z.enum(MAIL_LANGUAGES),
        })
        .refine((v) => v.role !== 'FUNDER' || v.funder !== '', {
          message: t('form.funderRequired'),
          path: ['funder'],
        }),
    [t, roles],
  );
  type Values = z.infer<typeof schema>;
  const first = roles[0] ?? 'FUNDER';
  const { register, handleSubmit, formState, watch, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', role: first, funder: '', language: 'de' },
  });
  const [invite, { loading, error }] = useMutation(inviteUserMutation);
  const role = watch('role');
  const onSubmit = handleSubmit(async (values) => {
    const result = await invite({
      variables: {
        email: values.email,
        role: values.role,
        funder: values.role === 'FUNDER' ? values.funder : null,
        language: values.language.toUpperCase() as Language,
      },
    }).catch(() => null);
    if (!result?.data) return;
    reset({ email: '', role: values.role, funder: '', language: values.language });
    onInvited(values.email);
  });
  return (
    <SectionCard title={t('users.inviteTitle')} className="ac-card" testId="invite-user">
      <p>{t('users.inviteIntro', { hours: LINK_LIFETIME_HOURS.invitation })}</p>
      <form className="ac-form ac-form--row" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <TextField
          label={t('users.email')}
          type="email"
          autoComplete="off"
          error={formState.errors.email?.message}
          data-testid="invite-email"
          {...register('email')}
        />
        <SelectControl
          label={t('users.role')}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          data-testid="invite-role"
          {...register('role')}
        />
        {role === 'FUNDER' ? (
          <SelectControl
            label={t('users.funder')}
            options={[
              { value: '', label: t('users.chooseFunder') },
              ...funders.map((f) => ({ value: f.key, label: f.name })),
            ]}
            error={formState.errors.funder?.message}
            data-testid="invite-funder"
            {...register('funder')}
          />
        ) : null}
        <SelectControl
          label={t('users.language')}
          options={MAIL_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          data-testid="invite-language"
          {...register('language')}
        />
        <div className="ac-form__submit">
          <button type="submit" className="mq-button" disabled={loading}>
            {loading ? t('users.inviting') : t('users.invite')}
          </button>
        </div>
      </form>
      {error ? (
        <p className="mq-app-error" role="alert">
          {t('users.failed', { message: graphqlErrorText(error, t) })}
        </p>
      ) : null}
    </SectionCard>
  );
}
