import { createContext } from 'react';
import type { MessageKey } from './de.js';
import type { Formatter, Language } from './format.js';
import type { MessageParams } from './translate.js';

/** What every component needs to speak the user's language. */
export interface I18nValue {
  language: Language;
  /** Switches the language and remembers it. */
  setLanguage(language: Language): void;
  /** The message of a key in the current language. */
  t(key: MessageKey, params?: MessageParams): string;
  /** Numbers and dates in the current locale. */
  format: Formatter;
}

/** Filled by {@link I18nProvider}; null outside it. */
export const I18nContext = createContext<I18nValue | null>(null);
