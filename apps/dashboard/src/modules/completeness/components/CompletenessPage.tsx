import { useI18n } from '../../../i18n/useI18n.js';

/** Placeholder until the page is built. */
export function CompletenessPage() {
  const { t } = useI18n();
  return <h1>{t('nav.completeness')}</h1>;
}
