import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { de } from './de.js';
import { en } from './en.js';
import { createFormatter, type Language } from './format.js';
import { I18nContext, type I18nValue } from './I18nContext.js';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from './initialLanguage.js';
import { translate } from './translate.js';

/** Provides messages and formats; the language starts from `?lang=`, the stored choice or German. */
export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setLanguageState] = useState<Language>(
    () => fixed ?? initialLanguage(window.location.search, window.localStorage),
  );

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(() => {
    const messages = language === 'en' ? en : de;
    return {
      language,
      setLanguage,
      t: (key, params) => translate(messages, key, params),
      format: createFormatter(language),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
