import type { Language } from './format.js';

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'mintq.language';

/** Reads `de`/`en` from a value, anything else is null. */
export function parseLanguage(value: string | null | undefined): Language | null {
  return value === 'de' || value === 'en' ? value : null;
}

/** The language to start with: `?lang=` wins (a shared link), then the stored choice, then German. */
export function initialLanguage(search: string, storage: Pick<Storage, 'getItem'> | null): Language {
  const fromUrl = parseLanguage(new URLSearchParams(search).get('lang'));
  if (fromUrl) return fromUrl;
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (private mode, policies): German is a fine default then.
  }
  return parseLanguage(stored) ?? 'de';
}
