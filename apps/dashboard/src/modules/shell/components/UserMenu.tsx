import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { ACCOUNT_PATH } from '../../accounts/accountRoutes.js';
import { useSignOut } from '../../accounts/hooks/useSignOut.js';
import type { Viewer } from '../../auth/hooks/useViewer.js';

/** The signed-in user, a link to their Konto page, and sign-out (which revokes the session on the server). */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const { signOut, loading } = useSignOut();
  return (
    <div className="mq-app-user">
      <span className="mq-app-user__name" data-testid="viewer-email">
        <span className="mq-app-user__email">{viewer.email}</span>
        <span className="mq-app-user__role" data-testid="viewer-role">
          {t(`role.${viewer.role}`)}
        </span>
      </span>
      <Link
        to={ACCOUNT_PATH}
        className="mq-button mq-button--quiet"
        aria-label={t('user.accountLabel', { email: viewer.email })}
        data-testid="account-link"
      >
        {t('user.account')}
      </Link>
      <button
        type="button"
        className="mq-button mq-button--quiet"
        disabled={loading}
        onClick={() => void signOut()}
        data-testid="sign-out"
      >
        {t('user.signOut')}
      </button>
    </div>
  );
}
