import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n.js';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch.js';

/** The card of the pages a person sees before signing in: the sign-in page and the pages mails link to. */
export function SignInCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
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
      </main>
    </div>
  );
}
