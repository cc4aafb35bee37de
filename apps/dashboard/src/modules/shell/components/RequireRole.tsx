import { EmptyState } from '@mintq/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';

/** Renders the page only for the given roles; the API enforces the same, this only explains it. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  if (!viewer) return null;
  if (!roles.includes(viewer.role)) {
    return <EmptyState title={t('status.notAllowed')} action={<Link to="/">{t('status.backHome')}</Link>} />;
  }
  return <>{children}</>;
}
