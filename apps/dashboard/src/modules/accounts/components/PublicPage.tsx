import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { SignInCard } from '../../auth/components/SignInCard.js';
import '../accounts.css';

/** Props of {@link PublicPage}. */
export interface PublicPageProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** The frame of the pages reached without signing in (links from mails): the sign-in page's card. */
export function PublicPage({ title, intro, children }: PublicPageProps) {
  const { t } = useI18n();
  return (
    <SignInCard title={title} intro={intro}>
      {children}
      <p className="ac-public__back">
        <Link to="/login">{t('public.backToLogin')}</Link>
      </p>
    </SignInCard>
  );
}
