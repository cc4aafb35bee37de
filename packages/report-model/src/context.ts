import type { ReportContent, ReportSnapshot } from '@mintq/contract';
import type { ReportCatalogue } from './catalogue/index.js';
import type { CellMaker } from './cells.js';
import type { ReportFormat } from './format.js';
import type { ReportCell, ReportFact } from './model.js';

/** What every part of the model is built with: the texts, formats and cells of the report's language. */
export interface Context {
  t: ReportCatalogue;
  format: ReportFormat;
  cells: CellMaker;
  content: ReportContent;
  k: number;
  suppressedLabel: string;
  wave: (kind: string) => string;
  /** A cohort as people read it: its label, or its key in reports stored without labels. */
  cohortName: (key: string) => string;
}

// Facts of the cover, the Methodik chapter and the annex's first sheet.

export type FactKey =
  | 'funder'
  | 'programme'
  | 'period'
  | 'periodFrom'
  | 'periodTo'
  | 'asOf'
  | 'minimumGroup'
  | 'definitionsVersion'
  | 'reportId'
  | 'fingerprint'
  | 'createdOn'
  | 'createdBy';

export type Facts = Record<FactKey, { label: string; cell: ReportCell; code?: boolean; note?: string }>;

export function reportFacts({ t, cells, content, format }: Context, meta: ReportSnapshot['meta']): Facts {
  return {
    funder: { label: t.funder, cell: cells.text(content.funder.name) },
    programme: { label: t.programme, cell: cells.text(content.programme) },
    period: {
      label: t.period,
      cell: cells.text(`${format.date(content.period.from)} – ${format.date(content.period.to)}`),
    },
    periodFrom: { label: t.periodFrom, cell: cells.date(content.period.from) },
    periodTo: { label: t.periodTo, cell: cells.date(content.period.to) },
    asOf: { label: t.asOf, cell: cells.date(content.asOf) },
    minimumGroup: { label: t.minimumGroup, cell: cells.count(content.suppressionK) },
    definitionsVersion: { label: t.definitionsVersion, cell: cells.text(content.definitionsVersion) },
    reportId: { label: t.reportId, cell: cells.text(meta.id) },
    fingerprint: {
      label: t.fingerprint,
      cell: cells.text(meta.contentHash),
      code: true,
      note: t.fingerprintNote,
    },
    // An instant; the date and time printed are those in Germany, where the report is made.
    createdOn: { label: t.createdOn, cell: cells.dateTime(meta.createdAt) },
    createdBy: { label: t.createdBy, cell: cells.text(t.creatorRoles[meta.createdBy] ?? meta.createdBy) },
  };
}

export function factList(facts: Facts, keys: readonly FactKey[], withNotes = true): ReportFact[] {
  return keys.map((key) => {
    const { label, cell, code, note } = facts[key];
    return {
      label,
      text: cell.text,
      ...(code ? { code } : {}),
      ...(note && withNotes ? { note } : {}),
    };
  });
}
