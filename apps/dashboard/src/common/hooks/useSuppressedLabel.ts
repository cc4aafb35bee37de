import { useI18n } from '../../i18n/useI18n.js';
import { useSuppressionK } from './useSuppressionK.js';

/** The explanation of a `•`: "weniger als 5 Personen", with the k the API suppresses with. */
export function useSuppressedLabel(): string {
  const { t } = useI18n();
  const k = useSuppressionK();
  return k === null ? t('suppressed.labelWithoutK') : t('suppressed.label', { k });
}
