import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer.js';
import type { NavItem } from '../navItems.js';

/**
 * `/`, where sign-in and "Zurück zur Startseite" lead: the overview for whoever may open it,
 * else the first page in navigation order the user may open (a coordinator's "Meine Teilnahme"),
 * so no role lands on a page it is refused.
 */
export function StartPage({ items, children }: { items: readonly NavItem[]; children: ReactNode }) {
  const location = useLocation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  const home = items.find((item) => item.path === '/');
  if (home && viewer.can[home.capability]) return <>{children}</>;
  const first = items.find((item) => item.path !== '/' && viewer.can[item.capability]);
  if (!first) return <>{children}</>;
  return <Navigate to={{ pathname: first.path, search: location.search }} replace />;
}
