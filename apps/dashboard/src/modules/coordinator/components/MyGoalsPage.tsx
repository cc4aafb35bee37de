import { useI18n } from '../../../i18n/useI18n.js';

/** Placeholder until the page is built. */
export function MyGoalsPage() {
  const { t } = useI18n();
  return <h1>{t('nav.myGoals')}</h1>;
}
