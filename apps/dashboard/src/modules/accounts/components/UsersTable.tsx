import { useI18n } from '../../../i18n/useI18n.js';
import type { UserRow } from '../hooks/useUsers.js';

/** What can be done to a user from its row; the page decides which by the viewer's capabilities. */
export type UserAction = 'resend' | 'changeRole' | 'deactivate' | 'reactivate';

/** Props of {@link UsersTable}. */
export interface UsersTableProps {
  users: readonly UserRow[];
  viewerEmail: string;
  /** The actions offered for a user (none: the cell stays empty). */
  actionsFor(user: UserRow): readonly UserAction[];
  onAction(user: UserRow, action: UserAction): void;
  /** A resend in flight (its user's id): its button waits. */
  busyId: number | null;
}

/** Each action's button text; its accessible name adds the user (`users.actionFor`). */
const ACTION_LABELS = {
  resend: 'users.resend',
  changeRole: 'users.changeRole',
  deactivate: 'users.deactivate',
  reactivate: 'users.reactivate',
} as const;

/** E-mail, role, funder, status, last sign-in, invitation validity, and the row's actions. */
export function UsersTable({ users, viewerEmail, actionsFor, onAction, busyId }: UsersTableProps) {
  const { t, format } = useI18n();
  const now = Date.now();
  return (
    <div className="mq-table-wrap">
      <table className="mq-table ac-users" data-testid="users-table">
        <caption className="mq-sr-only">{t('users.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.funder')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.lastSignIn')}</th>
            <th scope="col">{t('users.invitationExpires')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const expires = user.invitationExpiresAt;
            const expired = expires !== null && expires !== undefined && Date.parse(expires) < now;
            return (
              <tr key={user.id} data-testid="user-row" data-email={user.email}>
                <th scope="row" className="ac-users__email">
                  {user.email} {user.email === viewerEmail ? t('users.you') : null}
                </th>
                <td>{t(`role.${user.role}`)}</td>
                <td>{user.funder?.name ?? '–'}</td>
                <td>
                  <span
                    className={`ac-status ac-status--${user.status.toLowerCase()}`}
                    data-testid="user-status"
                  >
                    {t(`users.status.${user.status}`)}
                  </span>
                </td>
                <td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never')}</td>
                <td>
                  {user.status !== 'INVITED' || !expires
                    ? '–'
                    : expired
                      ? t('users.expired', { date: format.dateTime(expires) })
                      : format.dateTime(expires)}
                </td>
                <td>
                  <div className="ac-users__actions">
                    {actionsFor(user).map((action) => (
                      <button
                        key={action}
                        type="button"
                        className="mq-button mq-button--quiet"
                        aria-label={t('users.actionFor', {
                          action: t(ACTION_LABELS[action]),
                          email: user.email,
                        })}
                        disabled={busyId === user.id}
                        onClick={() => onAction(user, action)}
                      >
                        {t(ACTION_LABELS[action])}
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
