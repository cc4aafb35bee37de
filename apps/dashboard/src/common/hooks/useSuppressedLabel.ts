import { useI18n } from '../../i18n/useI18n.js';
import { SUPPRESSION_K } from '../suppressionK.js';

/** The explanation of a `•`: "weniger als 5 Personen". */
export function useSuppressedLabel(): string {
  return useI18n().t('suppressed.label', { k: SUPPRESSION_K });
}
