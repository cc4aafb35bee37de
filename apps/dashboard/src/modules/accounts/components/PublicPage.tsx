import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch.js';
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
    <div className="mq-shell mq-app-login">
      <main className="mq-app-login__card" id="mq-main">
        <div className="mq-app-login__top">
          <span className="mq-brand">mintq</span>
          <LanguageSwitch />
        </div>
        <p className="mq-app-login__product">{t('app.title')}</p>
        <h1>{title}</h1>
        {intro ? <p>{intro}</p> : null}
        {children}
        <p className="ac-public__back">
          <Link to="/login">{t('public.backToLogin')}</Link>
        </p>
      </main>
    </div>
  );
}
