import { useI18n } from '../../../i18n/useI18n.js';
import { useAuth } from '../../auth/hooks/useAuth.js';
import type { Viewer } from '../../auth/hooks/useViewer.js';

/** The signed-in user and the sign-out button. */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  return (
    <div className="mq-app-user">
      <span className="mq-app-user__name" data-testid="viewer-email">
        <span className="mq-app-user__email">{viewer.email}</span>
        <span className="mq-app-user__role" data-testid="viewer-role">
          {t(`role.${viewer.role}`)}
        </span>
      </span>
      <button type="button" className="mq-button mq-button--quiet" onClick={() => signOut('signedOut')}>
        {t('user.signOut')}
      </button>
    </div>
  );
}
