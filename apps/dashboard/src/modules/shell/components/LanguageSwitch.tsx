import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n.js';

/** DE ⇄ EN: remembered in localStorage and written to `?lang=` so a copied link keeps it. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const [, setParams] = useSearchParams();
  const next = language === 'de' ? 'en' : 'de';
  return (
    <button
      type="button"
      className="mq-button mq-button--quiet mq-app-lang"
      lang={next}
      aria-label={t('lang.switchToLabel')}
      onClick={() => {
        setLanguage(next);
        setParams(
          (current) => {
            const params = new URLSearchParams(current);
            params.set('lang', next);
            return params;
          },
          { replace: true },
        );
      }}
    >
      {t('lang.switchTo')}
    </button>
  );
}
