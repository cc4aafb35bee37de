import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nContext.js';

/** The current language, its messages and formats. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}
