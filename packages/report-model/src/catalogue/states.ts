import { GERMAN_STATES, type ReportLanguage, type StateCode } from '@mintq/contract';

/** The 16 state names in one language, by code, from the contract's one list. */
export function stateNames(language: ReportLanguage): Readonly<Record<StateCode, string>> {
  return Object.fromEntries(GERMAN_STATES.map((s) => [s.code, s[language]])) as Record<StateCode, string>;
}
