// The glossary's entries by a stable key, in the order the report's Methodik chapter, the annex's
// "Definitionen" sheet and the dashboard's Methodik page list them. The key lets the dashboard
// open one entry beside a KPI or chart ("Was heißt das?") and link to it (`/methodik#<key>`);
// the texts themselves live in de.ts and en.ts only.

/** Every glossary key, in reading order; each language's `definitions` lists exactly these. */
export const GLOSSARY_KEYS = [
  'scope',
  'participants',
  'multipliers',
  'activities',
  'initiativesReached',
  'educatorsYouth',
  'multiplierFactor',
  'cascade',
  'byState',
  'byMonth',
  'funnel',
  'waves',
  'dimensionChange',
  'effectSize',
  'cronbachAlpha',
  'responseRate',
  'itemAnswers',
  'goalAttainment',
  'gasLevels',
  'tScore',
  'staircase',
  'eventFeedback',
  'nps',
] as const;

/** The key of one glossary entry, e.g. `'multiplierFactor'`. */
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

/** One entry of the glossary: what a term means. */
export interface GlossaryEntry {
  key: GlossaryKey;
  term: string;
  text: string;
}
