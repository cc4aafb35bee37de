import { useI18n } from '../../../i18n/useI18n.js';
import { type ReportsPageMessages, reportsPageMessages } from '../../../report/report-messages.js';

/** The Förderberichte page's texts in the dashboard's current language. */
export function useReportsPageMessages(): ReportsPageMessages {
  return reportsPageMessages[useI18n().language];
}
