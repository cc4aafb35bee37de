import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { graphqlErrorText } from '../../../common/graphqlErrorCode.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { resendInvitationMutation } from '../graphql/userMutations.js';
import { type UserRow, useUsers } from '../hooks/useUsers.js';
import { invitableRoles } from '../invitableRoles.js';
import { InviteUserForm } from './InviteUserForm.js';
import { type UserChange, UserChangePanel } from './UserChangePanel.js';
import { type UserAction, UsersTable } from './UsersTable.js';
import '../accounts.css';

/**
 * Benutzer: the users with role, funder, status and last sign-in; inviting, and per row what the
 * viewer may do. An ADMIN does everything; a PROJECT_LEAD sees and invites FUNDER users and
 * resends their invitations. Nobody is offered to deactivate themselves (the API refuses it too,
 * and the last active ADMIN as well).
 */
export function UsersPage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const { users, loading, error, refetch } = useUsers();
  const [change, setChange] = useState<UserChange | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [resend, resending] = useMutation(resendInvitationMutation);
  const [resendingId, setResendingId] = useState<number | null>(null);
  if (!viewer) return null;
  const roles = invitableRoles(viewer.can);
  const manage = viewer.can.manageUsers;

  const finish = (message: string) => {
    setChange(null);
    setDone(message);
    void refetch();
  };
  const actionsFor = (user: UserRow): UserAction[] => {
    const actions: UserAction[] = user.status === 'INVITED' ? ['resend'] : [];
    if (!manage || user.email === viewer.email) return actions;
    actions.push('changeRole', user.status === 'DEACTIVATED' ? 'reactivate' : 'deactivate');
    return actions;
  };
  const onAction = (user: UserRow, action: UserAction) => {
    setDone(null);
    if (action !== 'resend') {
      setChange({ user, kind: action });
      return;
    }
    setChange(null);
    setResendingId(user.id);
    void resend({ variables: { userId: user.id } })
      .then((result) => {
        if (result.data) finish(t('users.resent', { email: user.email }));
      })
      // Shown from the mutation state.
      .catch(() => undefined)
      .finally(() => setResendingId(null));
  };
  const outboxHint = viewer.can.readAuditLog ? ` ${t('users.outboxHint')}` : '';

  return (
    <>
      <PageHeader title={t('users.title')} intro={manage ? t('users.intro') : t('users.introLead')} />
      <div className="mq-app-stack">
        <InviteUserForm
          roles={roles}
          onInvited={(email) => finish(`${t('users.invited', { email })}${outboxHint}`)}
        />
        {done ? (
          <p className="mq-app-ok" role="status" data-testid="users-done">
            {done}
          </p>
        ) : null}
        {resending.error ? (
          <p className="mq-app-error" role="alert">
            {t('users.failed', { message: graphqlErrorText(resending.error, t) })}
          </p>
        ) : null}
        {change ? (
          <UserChangePanel
            key={`${change.user.id}-${change.kind}`}
            change={change}
            roles={roles}
            onDone={finish}
            onCancel={() => setChange(null)}
          />
        ) : null}
        <SectionCard title={t('users.listTitle')} className="ac-card">
          <QueryState data={users} loading={loading} error={error} onRetry={refetch}>
            {(rows) => (
              <UsersTable
                users={rows}
                viewerEmail={viewer.email}
                actionsFor={actionsFor}
                onAction={onAction}
                busyId={resendingId}
              />
            )}
          </QueryState>
        </SectionCard>
      </div>
    </>
  );
}
