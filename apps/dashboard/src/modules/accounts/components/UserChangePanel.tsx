import { useMutation } from '@apollo/client/react';
import type { Role } from '@mintq/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useReportFunders } from '../../reports/hooks/useReportFunders.js';
import {
  changeUserRoleMutation,
  deactivateUserMutation,
  reactivateUserMutation,
} from '../graphql/userMutations.js';
import type { UserRow } from '../hooks/useUsers.js';
import { SelectControl } from './FormField.js';

/** The change an admin is about to make: the step between the row's button and the API. */
export type UserChange = { user: UserRow; kind: 'changeRole' | 'deactivate' | 'reactivate' };

/** Props of {@link UserChangePanel}. */
export interface UserChangePanelProps {
  change: UserChange;
  roles: readonly Role[];
  onDone(message: string): void;
  onCancel(): void;
}

/**
 * The confirm step of a user change: names the user and what follows (sessions end), then asks
 * once more. Focus moves here so keyboard and screen-reader users land on the question.
 */
export function UserChangePanel({ change, roles, onDone, onCancel }: UserChangePanelProps) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { user, kind } = change;
  useEffect(() => heading.current?.focus(), []);
  const titles = {
    changeRole: t('users.changeRoleLabel', { email: user.email }),
    deactivate: t('users.deactivateLabel', { email: user.email }),
    reactivate: t('users.reactivateLabel', { email: user.email }),
  };
  return (
    <section className="mq-app-card ac-confirm" aria-labelledby={`${id}-title`} data-testid="user-change">
      <h2 className="mq-app-section-title" id={`${id}-title`} tabIndex={-1} ref={heading}>
        {titles[kind]}
      </h2>
      {kind === 'changeRole' ? (
        <RoleForm user={user} roles={roles} onDone={onDone} onCancel={onCancel} />
      ) : (
        <StatusConfirm user={user} kind={kind} onDone={onDone} onCancel={onCancel} />
      )}
    </section>
  );
}

/** Role and, for FUNDER, the funder; saving ends the user's sessions. */
function RoleForm({
  user,
  roles,
  onDone,
  onCancel,
}: Omit<UserChangePanelProps, 'change'> & { user: UserRow }) {
  const { t } = useI18n();
  const { funders } = useReportFunders();
  const [role, setRole] = useState<Role>(user.role);
  const [funder, setFunder] = useState(user.funder?.key ?? '');
  const [missingFunder, setMissingFunder] = useState(false);
  const [save, { loading, error }] = useMutation(changeUserRoleMutation);
  return (
    <form
      className="ac-form ac-form--row"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (role === 'FUNDER' && funder === '') {
          setMissingFunder(true);
          return;
        }
        void save({ variables: { userId: user.id, role, funder: role === 'FUNDER' ? funder : null } })
          .then((result) => {
            if (result.data) {
              onDone(t('users.roleChanged', { email: user.email, role: t(`role.${role}`) }));
            }
          })
          // Shown from the mutation state; the choice stays as it was.
          .catch(() => undefined);
      }}
    >
      <p className="ac-form__full">{t('users.changeRoleText')}</p>
      <SelectControl
        label={t('users.role')}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        data-testid="change-role"
      />
      {role === 'FUNDER' ? (
        <SelectControl
          label={t('users.funder')}
          value={funder}
          onChange={(event) => {
            setFunder(event.target.value);
            setMissingFunder(false);
          }}
          options={[
            { value: '', label: t('users.chooseFunder') },
            ...funders.map((f) => ({ value: f.key, label: f.name })),
          ]}
          error={missingFunder ? t('form.funderRequired') : undefined}
          data-testid="change-funder"
        />
      ) : null}
      {error ? (
        <p className="mq-app-error ac-form__full" role="alert">
          {t('users.failed', { message: graphqlErrorText(error, t) })}
        </p>
      ) : null}
      <div className="mq-app-actions ac-form__full">
        <button type="submit" className="mq-button" disabled={loading}>
          {loading ? t('users.saving') : t('users.save')}
        </button>
        <button type="button" className="mq-button mq-button--quiet" onClick={onCancel} disabled={loading}>
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Deaktivieren?" / "Reaktivieren?" with what follows, then the one button that does it. */
function StatusConfirm({
  user,
  kind,
  onDone,
  onCancel,
}: {
  user: UserRow;
  kind: 'deactivate' | 'reactivate';
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [deactivate, deactivation] = useMutation(deactivateUserMutation);
  const [reactivate, reactivation] = useMutation(reactivateUserMutation);
  const { loading, error } = kind === 'deactivate' ? deactivation : reactivation;
  const confirm = async () => {
    const variables = { userId: user.id };
    const done = kind === 'deactivate' ? await deactivate({ variables }) : await reactivate({ variables });
    if (done.data)
      onDone(t(kind === 'deactivate' ? 'users.deactivated' : 'users.reactivated', { email: user.email }));
  };
  return (
    <>
      <p>{t(kind === 'deactivate' ? 'users.deactivateText' : 'users.reactivateText')}</p>
      {error ? (
        <p className="mq-app-error" role="alert">
          {t('users.failed', { message: graphqlErrorText(error, t) })}
        </p>
      ) : null}
      <div className="mq-app-actions">
        <button
          type="button"
          className="mq-button"
          disabled={loading}
          data-testid="confirm-change"
          // Shown from the mutation state.
          onClick={() => void confirm().catch(() => undefined)}
        >
          {t(kind === 'deactivate' ? 'users.confirmDeactivate' : 'users.confirmReactivate')}
        </button>
        <button type="button" className="mq-button mq-button--quiet" onClick={onCancel} disabled={loading}>
          {t('users.cancel')}
        </button>
      </div>
    </>
  );
}
