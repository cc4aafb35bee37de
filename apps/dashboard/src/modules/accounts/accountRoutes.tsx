import { LoadingState } from '@mintq/ui';
import { lazy, type ReactNode, Suspense } from 'react';
import { useI18n } from '../../i18n/useI18n.js';

/** The Konto page's path; the user menu links to it (every signed-in user, not in the navigation). */
export const ACCOUNT_PATH = '/konto';

/** Where the mails' links and the sign-in page's "Passwort vergessen?" lead. */
export const INVITATION_PATH = '/einladung';
export const FORGOT_PASSWORD_PATH = '/passwort-vergessen';
export const RESET_PASSWORD_PATH = '/passwort-zuruecksetzen';

/** The public pages load in their own chunk: the forms' libraries only where a form is. */
function PublicSuspense({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<LoadingState label={t('status.pageLoading')} />}>{children}</Suspense>;
}

export const AccountPage = lazy(() =>
  import('./components/AccountPage.js').then((m) => ({ default: m.AccountPage })),
);
const InvitationPage = lazy(() =>
  import('./components/InvitationPage.js').then((m) => ({ default: m.InvitationPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('./components/ForgotPasswordPage.js').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./components/ResetPasswordPage.js').then((m) => ({ default: m.ResetPasswordPage })),
);

/** The pages reached without signing in: from a mail's link, or from the sign-in page. */
export const PUBLIC_ACCOUNT_ROUTES = [
  {
    path: INVITATION_PATH,
    element: (
      <PublicSuspense>
        <InvitationPage />
      </PublicSuspense>
    ),
  },
  {
    path: FORGOT_PASSWORD_PATH,
    element: (
      <PublicSuspense>
        <ForgotPasswordPage />
      </PublicSuspense>
    ),
  },
  {
    path: RESET_PASSWORD_PATH,
    element: (
      <PublicSuspense>
        <ResetPasswordPage />
      </PublicSuspense>
    ),
  },
];
