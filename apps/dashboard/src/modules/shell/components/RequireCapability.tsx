import type { Capability } from '@mintq/contract';
import { EmptyState } from '@mintq/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';

/** Renders the page only for users with the capability; the API enforces the same, this only explains it. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  if (!viewer) return null;
  if (!viewer.can[capability]) {
    return <EmptyState title={t('status.notAllowed')} action={<Link to="/">{t('status.backHome')}</Link>} />;
  }
  return <>{children}</>;
}
