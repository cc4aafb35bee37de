/** The 16 German states (ISO 3166-2:DE), sorted by code, with their German and English names. */
export const GERMAN_STATES = [
  { code: 'DE-BB', de: 'Brandenburg', en: 'Brandenburg' },
  { code: 'DE-BE', de: 'Berlin', en: 'Berlin' },
  { code: 'DE-BW', de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  { code: 'DE-BY', de: 'Bayern', en: 'Bavaria' },
  { code: 'DE-HB', de: 'Bremen', en: 'Bremen' },
  { code: 'DE-HE', de: 'Hessen', en: 'Hesse' },
  { code: 'DE-HH', de: 'Hamburg', en: 'Hamburg' },
  { code: 'DE-MV', de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  { code: 'DE-NI', de: 'Niedersachsen', en: 'Lower Saxony' },
  { code: 'DE-NW', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  { code: 'DE-RP', de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  { code: 'DE-SH', de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  { code: 'DE-SL', de: 'Saarland', en: 'Saarland' },
  { code: 'DE-SN', de: 'Sachsen', en: 'Saxony' },
  { code: 'DE-ST', de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  { code: 'DE-TH', de: 'Thüringen', en: 'Thuringia' },
] as const;

/** An ISO 3166-2:DE state code, e.g. `'DE-BY'`. */
export type StateCode = (typeof GERMAN_STATES)[number]['code'];

/** All state codes in code order, e.g. `STATE_CODES[0] === 'DE-BB'`. */
export const STATE_CODES: readonly StateCode[] = GERMAN_STATES.map((s) => s.code);
