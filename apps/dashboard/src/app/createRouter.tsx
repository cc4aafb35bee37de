import { EmptyState } from '@mintq/ui';
import { createBrowserRouter, Link } from 'react-router';
import { useI18n } from '../i18n/useI18n.js';
import { ACCOUNT_PATH, AccountPage, PUBLIC_ACCOUNT_ROUTES } from '../modules/accounts/accountRoutes.js';
import { LoginPage } from '../modules/auth/components/LoginPage.js';
import { RequireAuth } from '../modules/auth/components/RequireAuth.js';
import { DashboardShell } from '../modules/shell/components/DashboardShell.js';
import { RequireCapability } from '../modules/shell/components/RequireCapability.js';
import { StartPage } from '../modules/shell/components/StartPage.js';
import { PAGE_ROUTES } from './pageRoutes.js';

function NotFound() {
  const { t } = useI18n();
  return <EmptyState title={t('status.notFound')} action={<Link to="/">{t('status.backHome')}</Link>} />;
}

/** The dashboard's routes: `/login`, then every page inside the signed-in shell. */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    ...PUBLIC_ACCOUNT_ROUTES,
    {
      path: '/',
      element: (
        <RequireAuth>
          <DashboardShell items={PAGE_ROUTES} />
        </RequireAuth>
      ),
      children: [
        ...PAGE_ROUTES.map(({ path, capability, Component }) => {
          const page = (
            <RequireCapability key={path} capability={capability}>
              <Component />
            </RequireCapability>
          );
          return path === '/'
            ? {
                index: true,
                element: (
                  <StartPage key={path} items={PAGE_ROUTES}>
                    {page}
                  </StartPage>
                ),
              }
            : { path: path.slice(1), element: page };
        }),
        // Every signed-in user's own account: no capability, no navigation item (the user menu links it).
        { path: ACCOUNT_PATH.slice(1), element: <AccountPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
