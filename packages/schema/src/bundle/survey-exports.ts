/**
 * How the survey tools' own CSV exports head the columns of a response file (import-bundle.md,
 * "LimeSurvey responses" and "SoSci Survey responses"): the headings standing for mintq's
 * response_id, participant_key and submitted_at, and the bookkeeping columns, which are no item
 * answers and are ignored.
 */
export const SURVEY_EXPORTS = {
  limesurvey: {
    response_id: 'id',
    participant_key: 'token',
    submitted_at: 'submitdate',
    /** An array question's column `GROUP[ITEM]` is item ITEM. */
    ignored: ['lastpage', 'startlanguage', 'seed', 'startdate', 'datestamp', 'ipaddr', 'refurl'],
  },
  sosci: {
    response_id: 'CASE',
    participant_key: 'SERIAL',
    submitted_at: 'LASTDATA',
    /** `0`: an incomplete response, skipped. */
    finished: 'FINISHED',
    /** Besides every column headed `TIME…` (the page times). */
    ignored: [
      'REF',
      'QUESTNNR',
      'MODE',
      'STARTED',
      'MAILSENT',
      'MISSING',
      'MISSREL',
      'DEG_TIME',
      'LASTPAGE',
      'MAXPAGE',
      'Q_VIEWER',
    ],
    ignoredPrefix: 'TIME',
  },
} as const;

export type SurveyTool = keyof typeof SURVEY_EXPORTS;

/** LimeSurvey's bookkeeping columns, ignored in response files. */
export const LIMESURVEY_IGNORED: readonly string[] = SURVEY_EXPORTS.limesurvey.ignored;

/** SoSci Survey's bookkeeping columns, ignored in response files (`TIME*` by prefix). */
export const SOSCI_IGNORED: readonly string[] = SURVEY_EXPORTS.sosci.ignored;

/** Whether a survey tool's export heading is bookkeeping, not an item. */
export function isBookkeepingColumn(tool: SurveyTool, heading: string): boolean {
  return tool === 'sosci'
    ? SOSCI_IGNORED.includes(heading) || heading.startsWith(SURVEY_EXPORTS.sosci.ignoredPrefix)
    : LIMESURVEY_IGNORED.includes(heading);
}

/** Which export a response file's header comes from: SoSci's CASE and SERIAL, LimeSurvey's id and submitdate, else mintq's own. */
export function surveyToolOf(header: readonly string[]): SurveyTool | null {
  const has = (heading: string) => header.includes(heading);
  const { limesurvey, sosci } = SURVEY_EXPORTS;
  if (has(sosci.response_id) && has(sosci.participant_key)) return 'sosci';
  if (has(limesurvey.response_id) && has(limesurvey.submitted_at)) return 'limesurvey';
  return null;
}
