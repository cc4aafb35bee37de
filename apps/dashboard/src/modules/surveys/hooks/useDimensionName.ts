import { dimensionName, reportCatalogue } from '@mintq/report-model';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/useI18n.js';

/**
 * A quality dimension's name in the reader's language: the data name it in German, the report
 * catalogue holds the other languages' names, so screen, PDF and XLSX say the same.
 */
export function useDimensionName(): (name: string) => string {
  const { language } = useI18n();
  return useCallback((name: string) => dimensionName(reportCatalogue[language], name), [language]);
}
