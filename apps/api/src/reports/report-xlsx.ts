import type { ReportCreatorRole, ReportLanguage, ReportSnapshot, WaveKind } from '@mintq/contract';
import { GERMAN_STATES } from '@mintq/contract';
import ExcelJS from 'exceljs';
import { reportDefinitions, suppressionRule } from './report-definitions.js';

/** The mark of a suppressed cell, in the annex as in the PDF. */
export const SUPPRESSED_MARK = '•';

/** A cell of an annex table: a value, or a suppressed number (shown as •, never its value). */
export type AnnexCell = string | number | null | { suppressed: true };

/** Number formats of annex columns. */
type ColumnFormat = 'int' | 'decimal' | 'auto' | 'p' | 'percent' | 'text';

/** One column of an annex table. */
export interface AnnexColumn {
  header: string;
  format: ColumnFormat;
  width?: number;
}

/** One sheet of the annex: a table with a header row. */
export interface AnnexSheet {
  name: string;
  columns: AnnexColumn[];
  rows: AnnexCell[][];
}

const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  int: '#,##0',
  decimal: '0.00',
  auto: undefined,
  p: '0.000',
  percent: '0.0%',
  text: undefined,
};

const HIDDEN = { suppressed: true } as const;

/** A value that suppression may have nulled: • when its object is suppressed. */
function cell(value: number | null, suppressed: boolean): AnnexCell {
  return suppressed ? HIDDEN : value;
}

/** The role a report was made in, as the annex names its creator (never by name or e-mail). */
const CREATOR_LABELS: Record<ReportLanguage, Record<ReportCreatorRole, string>> = {
  de: { ADMIN: 'Administration', PROJECT_LEAD: 'Projektleitung' },
  en: { ADMIN: 'administrator', PROJECT_LEAD: 'project lead' },
};

const WAVE_LABELS: Record<ReportLanguage, Record<WaveKind, string>> = {
  de: { PRE: 'Beginn', POST: 'Ende', FOLLOW_UP: 'Nachbefragung', EVENT: 'Veranstaltung' },
  en: { PRE: 'start', POST: 'end', FOLLOW_UP: 'follow-up', EVENT: 'event' },
};

/**
 * The tables of a report's XLSX annex, from the snapshot alone: one sheet per table, the
 * same numbers, suppressed cells as • (the value is not in the snapshot to begin with).
 */
export function buildAnnexSheets(snapshot: ReportSnapshot): AnnexSheet[] {
  const { content, meta } = snapshot;
  const en = content.language === 'en';
  const t = (de: string, english: string) => (en ? english : de);
  const waves = WAVE_LABELS[content.language];
  const stateName = (code: string) => {
    const state = GERMAN_STATES.find((s) => s.code === code);
    return state ? (en ? state.en : state.de) : code;
  };
  const { reach, goals } = content;

  const sheets: AnnexSheet[] = [
    {
      name: t('Bericht', 'Report'),
      columns: [
        { header: t('Angabe', 'Item'), format: 'text', width: 28 },
        { header: t('Wert', 'Value'), format: 'text', width: 70 },
      ],
      rows: [
        [t('Förderer', 'Funder'), content.funder.name],
        [t('Programm', 'Programme'), content.programme],
        [t('Zeitraum von', 'Period from'), content.period.from],
        [t('Zeitraum bis', 'Period to'), content.period.to],
        [t('Stichtag', 'As of'), content.asOf],
        [t('Mindestgruppengröße k', 'Minimum group size k'), String(content.suppressionK)],
        [t('Version der Definitionen', 'Definitions version'), content.definitionsVersion],
        [t('Bericht-ID', 'Report id'), meta.id],
        [t('Fingerabdruck (SHA-256)', 'Fingerprint (SHA-256)'), meta.contentHash],
        [t('Erstellt am', 'Created at'), meta.createdAt],
        [t('Erstellt von', 'Created by'), CREATOR_LABELS[content.language][meta.createdBy]],
      ],
    },
    {
      name: t('Reichweite', 'Reach'),
      columns: [
        { header: t('Kennzahl', 'Measure'), format: 'text', width: 44 },
        { header: t('Wert', 'Value'), format: 'auto', width: 14 },
      ],
      rows: [
        [t('Multiplikator:innen', 'Multipliers'), cell(reach.multipliers, reach.suppressed)],
        [
          t('Aktive Multiplikator:innen', 'Active multipliers'),
          cell(reach.activeMultipliers, reach.suppressed),
        ],
        [t('Aktivitäten', 'Activities'), cell(reach.activities, reach.suppressed)],
        [t('Erreichte Initiativen', 'Initiatives reached'), cell(reach.initiativesReached, reach.suppressed)],
        [t('Erreichte Pädagog:innen', 'Educators reached'), cell(reach.educatorsReached, reach.suppressed)],
        [
          t('Erreichte junge Menschen (Schätzung)', 'Young people reached (estimate)'),
          cell(reach.youthReachedEstimate, reach.suppressed),
        ],
        [t('Multiplikatorfaktor', 'Multiplier factor'), cell(reach.multiplierFactor, reach.suppressed)],
      ],
    },
    {
      name: t('Bundesländer', 'States'),
      columns: [
        { header: t('Code', 'Code'), format: 'text', width: 8 },
        { header: t('Bundesland', 'State'), format: 'text', width: 28 },
        { header: t('Netzwerke', 'Networks'), format: 'int' },
        { header: t('Erreichte Netzwerke', 'Networks reached'), format: 'int' },
        { header: t('Erreichte Initiativen', 'Initiatives reached'), format: 'int' },
        { header: t('Multiplikator:innen', 'Multipliers'), format: 'int' },
      ],
      rows: reach.byState.map((s) => [
        s.state,
        stateName(s.state),
        s.networks,
        cell(s.networksReached, s.suppressed),
        cell(s.initiativesReached, s.suppressed),
        cell(s.multipliers, s.suppressed),
      ]),
    },
    {
      name: t('Monate', 'Months'),
      columns: [
        { header: t('Monat', 'Month'), format: 'text', width: 10 },
        { header: t('Aktivitäten', 'Activities'), format: 'int' },
        { header: t('Erreichte Initiativen', 'Initiatives reached'), format: 'int' },
        { header: t('Initiativen kumuliert', 'Initiatives, cumulative'), format: 'int' },
      ],
      rows: reach.byMonth.map((m) => [
        m.month,
        cell(m.activities, m.suppressed),
        cell(m.initiativesReached, m.suppressed),
        cell(m.cumulativeInitiativesReached, m.suppressed),
      ]),
    },
    {
      name: t('Kohorten', 'Cohorts'),
      columns: [
        { header: t('Durchgang', 'Cohort'), format: 'text', width: 12 },
        { header: t('Angemeldet', 'Enrolled'), format: 'int' },
        { header: t('Ausgeschieden', 'Withdrawn'), format: 'int' },
        { header: t('Abgeschlossen', 'Completed'), format: 'int' },
        { header: t('Selbstanalyse zu Beginn', 'Self-assessment at start'), format: 'int' },
        { header: t('Ziel gesetzt', 'Goal set'), format: 'int' },
        { header: t('Ziel erreicht', 'Goal attained'), format: 'int' },
      ],
      rows: content.funnel.map((f) => [
        f.cohort,
        cell(f.enrolled, f.suppressed),
        cell(f.withdrawn, f.suppressed),
        cell(f.completed, f.suppressed),
        cell(f.selfAssessmentPre, f.suppressed),
        cell(f.goalsSet, f.suppressed),
        cell(f.goalAttained, f.suppressed),
      ]),
    },
    {
      name: t('Wirkungsziele', 'Impact goals'),
      columns: [
        { header: t('Kennzahl', 'Measure'), format: 'text', width: 40 },
        { header: t('Wert', 'Value'), format: 'auto', width: 14 },
      ],
      rows: [
        [t('Ziele', 'Goals'), cell(goals.goals, goals.suppressed)],
        [t('Erreicht', 'Attained'), cell(goals.attained, goals.suppressed)],
        [t('Nicht erreicht', 'Not attained'), cell(goals.notAttained, goals.suppressed)],
        [t('Ohne Überprüfung', 'No check-in'), cell(goals.noData, goals.suppressed)],
        [t('Überfällig', 'Overdue'), cell(goals.overdue, goals.suppressed)],
        [t('Zielerreichungsquote', 'Attainment rate'), cell(goals.attainmentRate, goals.suppressed)],
        [t('Mittlerer GAS-T-Wert', 'Mean GAS T-score'), cell(goals.meanTScore, goals.suppressed)],
        [
          t('Personen mit T-Wert', 'Persons with a T-score'),
          cell(goals.tScoreParticipants, goals.suppressed),
        ],
      ],
    },
    {
      name: t('GAS-Stufen', 'GAS levels'),
      columns: [
        { header: t('Stufe', 'Level'), format: 'int' },
        { header: t('Ziele', 'Goals'), format: 'int' },
      ],
      rows: goals.levels.map((l) => [l.level, cell(l.goals, l.suppressed)]),
    },
    {
      name: t('Wirkungstreppe', 'Impact staircase'),
      columns: [
        { header: t('Stufe', 'Level'), format: 'int' },
        { header: t('Ziele', 'Goals'), format: 'int' },
        { header: t('Erreicht', 'Attained'), format: 'int' },
      ],
      rows: goals.byStaircaseLevel.map((s) => [
        s.level,
        cell(s.goals, s.suppressed),
        cell(s.attained, s.suppressed),
      ]),
    },
    {
      name: t('Befragungen', 'Surveys'),
      columns: [
        { header: t('Instrument', 'Instrument'), format: 'text', width: 30 },
        { header: t('Von', 'From'), format: 'text', width: 14 },
        { header: t('Nach', 'To'), format: 'text', width: 14 },
        { header: t('Dimension', 'Dimension'), format: 'text', width: 24 },
        { header: 'n', format: 'int' },
        { header: t('Mittelwert vorher', 'Mean before'), format: 'decimal' },
        { header: t('Mittelwert nachher', 'Mean after'), format: 'decimal' },
        { header: t('Mittlere Differenz', 'Mean difference'), format: 'decimal' },
        { header: t('SD der Differenz', 'SD of difference'), format: 'decimal' },
        { header: t('95-%-KI unten', '95 % CI low'), format: 'decimal' },
        { header: t('95-%-KI oben', '95 % CI high'), format: 'decimal' },
        { header: 't', format: 'decimal' },
        { header: 'df', format: 'int' },
        { header: 'p', format: 'p' },
        { header: 'd_z', format: 'decimal' },
        { header: 'g_z', format: 'decimal' },
        { header: t('α vorher', 'α before'), format: 'decimal' },
        { header: t('α nachher', 'α after'), format: 'decimal' },
      ],
      rows: content.surveys.flatMap((s) =>
        s.outcomes.dimensions.map((d) => [
          s.instrument.name,
          waves[s.from],
          waves[s.to],
          d.dimension,
          cell(d.n, d.suppressed),
          cell(d.meanFrom, d.suppressed),
          cell(d.meanTo, d.suppressed),
          cell(d.meanDiff, d.suppressed),
          cell(d.sdDiff, d.suppressed),
          cell(d.ciLow, d.suppressed),
          cell(d.ciHigh, d.suppressed),
          cell(d.t, d.suppressed),
          cell(d.df, d.suppressed),
          cell(d.p, d.suppressed),
          cell(d.dz, d.suppressed),
          cell(d.gz, d.suppressed),
          cell(d.alphaFrom, d.suppressed),
          cell(d.alphaTo, d.suppressed),
        ]),
      ),
    },
    {
      name: t('Rücklauf', 'Response rates'),
      columns: [
        { header: t('Instrument', 'Instrument'), format: 'text', width: 30 },
        { header: t('Durchgang', 'Cohort'), format: 'text', width: 12 },
        { header: t('Welle', 'Wave'), format: 'text', width: 14 },
        { header: t('Antwortende', 'Respondents'), format: 'int' },
        { header: t('Berechtigte', 'Eligible'), format: 'int' },
        { header: t('Quote', 'Rate'), format: 'percent' },
      ],
      // Every comparison of an instrument lists the same waves: once per instrument is enough.
      rows: firstPerInstrument(content.surveys).flatMap((s) =>
        s.outcomes.responseRates.map((r) => [
          s.instrument.name,
          r.cohort,
          waves[r.wave],
          cell(r.responded, r.suppressed),
          cell(r.eligible, r.suppressed),
          cell(r.rate, r.suppressed),
        ]),
      ),
    },
    {
      name: t('Veranstaltungen', 'Events'),
      columns: [
        { header: t('Instrument', 'Instrument'), format: 'text', width: 30 },
        { header: t('Antworten', 'Responses'), format: 'int' },
        { header: 'NPS', format: 'decimal' },
      ],
      rows: content.events.map((e) => [
        e.instrument.name,
        cell(e.feedback.responses, e.feedback.suppressed),
        cell(e.feedback.nps, e.feedback.suppressed),
      ]),
    },
    {
      name: t('Definitionen', 'Definitions'),
      columns: [
        { header: t('Begriff', 'Term'), format: 'text', width: 36 },
        { header: t('Erklärung', 'Explanation'), format: 'text', width: 110 },
      ],
      rows: [
        ...reportDefinitions(content.language).map((d) => [d.term, d.text]),
        [t('Kleine Zahlen', 'Small numbers'), suppressionRule(content.language, content.suppressionK)],
        // Import batches by number and date: no file names or hashes (they describe other funders' data too).
        ...content.sources.map((source) => [
          t('Datenquelle', 'Data source'),
          t(`Import ${source.id} vom ${source.finishedOn}`, `Import ${source.id} of ${source.finishedOn}`),
        ]),
      ],
    },
  ];
  return sheets;
}

function firstPerInstrument(surveys: ReportSnapshot['content']['surveys']) {
  return surveys.filter((s, i) => surveys.findIndex((o) => o.instrument.key === s.instrument.key) === i);
}

/** The XLSX annex of a report as bytes, built from the snapshot alone. */
export async function renderReportXlsx(snapshot: ReportSnapshot): Promise<Uint8Array> {
  const { content } = snapshot;
  const note =
    content.language === 'en'
      ? `fewer than ${content.suppressionK} people`
      : `weniger als ${content.suppressionK} Personen`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mintq';
  workbook.created = new Date(snapshot.meta.createdAt);
  workbook.modified = new Date(snapshot.meta.createdAt);
  workbook.title = `${content.funder.name} ${content.period.from} – ${content.period.to}`;
  for (const sheet of buildAnnexSheets(snapshot)) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(12, c.header.length + 2),
      style: NUMBER_FORMATS[c.format] ? { numFmt: NUMBER_FORMATS[c.format] } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(
        row.map((c) => (typeof c === 'object' && c !== null ? SUPPRESSED_MARK : c)),
      );
      row.forEach((c, index) => {
        // A column of mixed measures: counts without decimals, factors and rates with two.
        if (typeof c === 'number' && sheet.columns[index]?.format === 'auto')
          added.getCell(index + 1).numFmt = Number.isInteger(c) ? '#,##0' : '0.00';
        if (typeof c !== 'object' || c === null) return;
        const target = added.getCell(index + 1);
        target.note = note;
        target.alignment = { horizontal: 'right' };
      });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
