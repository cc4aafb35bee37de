import { AppShell, ErrorState, LoadingState } from '@mintq/ui';
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { useViewer } from '../../auth/hooks/useViewer.js';
import { FilterBar } from '../../filters/components/FilterBar.js';
import { ScopeReady } from '../../filters/components/ScopeReady.js';
import type { NavItem } from '../navItems.js';
import { FunderBanner } from './FunderBanner.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { UserMenu } from './UserMenu.js';

/** The signed-in frame: navigation by capability, user, language, funder banner, filters, the page. */
export function DashboardShell({ items }: { items: readonly NavItem[] }) {
  const { t } = useI18n();
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();

  if (!viewer) {
    return (
      <AppShell title={t('app.title')}>
        {loading || !error ? (
          <LoadingState label={t('status.loading')} />
        ) : (
          <ErrorState
            title={t('status.error')}
            onRetry={() => void refetch()}
            retryLabel={t('status.retry')}
          />
        )}
      </AppShell>
    );
  }

  const visible = items.filter((item) => viewer.can[item.capability]);
  const current = items.find((item) => item.path === location.pathname);
  // Links keep the search (filters, lang) so switching pages keeps the view.
  const nav = (
    <ul>
      {visible.map((item) => (
        <li key={item.path}>
          <NavLink to={{ pathname: item.path, search: location.search }} end={item.path === '/'}>
            {t(item.label)}
          </NavLink>
        </li>
      ))}
    </ul>
  );

  return (
    <AppShell
      title={t('app.title')}
      nav={nav}
      navLabel={t('nav.label')}
      user={<UserMenu viewer={viewer} />}
      languageSwitch={<LanguageSwitch />}
      banner={viewer.funder ? <FunderBanner funder={viewer.funder.name} /> : null}
      skipLinkLabel={t('app.skipLink')}
      footer={t('app.footer')}
    >
      {current?.filtered ? <FilterBar role={viewer.role} /> : null}
      <Suspense fallback={<LoadingState label={t('status.pageLoading')} />}>
        {current?.filtered ? (
          <ScopeReady>
            <Outlet />
          </ScopeReady>
        ) : (
          <Outlet />
        )}
      </Suspense>
    </AppShell>
  );
}
