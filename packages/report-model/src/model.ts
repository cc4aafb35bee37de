// The report as both renderers draw it: the printed page (apps/dashboard/src/report) and the
// XLSX annex (apps/api/src/reports/report-xlsx.ts). Plain data, every text already in the
// report's language and every number already formatted, so neither renderer words or formats
// anything itself.
import type { PublicDimensionOutcome, ReportLanguage } from '@mintq/contract';

/** How a cell's value is written: the annex picks its Excel number format from it. */
export type CellFormat =
  | 'count'
  | 'decimal'
  | 'signed'
  | 'percent'
  | 'pValue'
  | 'date'
  | 'dateTime'
  | 'month'
  | 'text';

/** One cell of a report table. */
export interface ReportCell {
  /**
   * The value as the annex writes it: a number; a date `YYYY-MM-DD` or month `YYYY-MM`; a text.
   * Null when hidden by suppression or missing (never the hidden number).
   */
  value: number | string | null;
  format: CellFormat;
  /** Fraction digits of a decimal, signed, percent or p-value. */
  digits: number;
  /** Hidden by small-number suppression: printed as •, the annex writes • with a note. */
  hidden: boolean;
  /** As printed: the value formatted in the report's language, `•` when hidden, `–` when missing. */
  text: string;
}

/** One column of a report table. */
export interface ReportColumn {
  key: string;
  header: string;
  /** The cells are row headings (the cohort, the state, the month, …). */
  rowHeader?: boolean;
  /** A column of numbers: right-aligned, heading included. */
  numeric: boolean;
}

export interface ReportRow {
  key: string;
  cells: ReportCell[];
}

/** A table: the printed figure's text alternative, or a sheet of the annex. */
export interface ReportTable {
  /** Names the table, e.g. "Transferaktivitäten nach Monat". */
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Whether any cell is hidden: the table then explains • under it. */
  anyHidden: boolean;
}

/** One entry of the multiplier cascade; `value` is null when hidden. */
export interface CascadeStage {
  key: string;
  label: string;
  value: number | null;
  estimate: boolean;
}

/** The data a chart draws: hidden numbers are null, so none can reach a scale. */
export type ReportChart =
  | { kind: 'cascade'; title: string; estimate: string; stages: CascadeStage[] }
  | {
      kind: 'stateMap';
      title: string;
      valueLabel: string;
      noData: string;
      states: { state: string; name: string; value: number | null; hidden: boolean }[];
    }
  | {
      kind: 'months';
      title: string;
      cumulativeTitle: string;
      legend: string;
      series: { key: 'activities' | 'initiatives'; label: string }[];
      months: {
        month: string;
        activities: number | null;
        initiatives: number | null;
        cumulative: number | null;
        hidden: boolean;
      }[];
    }
  | {
      kind: 'funnel';
      title: string;
      ofFirst: string;
      legend: string;
      steps: { key: string; label: string }[];
      /** Per cohort, one value per step. */
      cohorts: { cohort: string; values: (number | null)[]; hidden: boolean }[];
    }
  | {
      kind: 'forest';
      title: string;
      labels: { n: string; means: string; difference: string; ci: string };
      from: { key: string; label: string };
      to: { key: string; label: string };
      /**
       * The ends of the items' answer scale (1 and 5 for the self-assessment): the means axis
       * spans them, as on the dashboard, never only the range the means happen to lie in.
       */
      scaleMin: number;
      scaleMax: number;
      /** The dimensions' outcomes the plot draws, each hidden as a whole or not. */
      rows: (Pick<
        PublicDimensionOutcome,
        'dimension' | 'n' | 'meanFrom' | 'meanTo' | 'meanDiff' | 'ciLow' | 'ciHigh'
      > & { hidden: boolean })[];
    }
  | {
      kind: 'staircase';
      title: string;
      labels: {
        level: string;
        goals: string;
        attained: string;
        output: string;
        outcome: string;
        impact: string;
      };
      levels: { level: number; goals: number | null; attained: number | null; hidden: boolean }[];
    }
  | {
      kind: 'gasLevels';
      title: string;
      unit: string;
      levels: { level: number; label: string; goals: number | null; hidden: boolean }[];
    };

/** A key figure of the summary or the event chapter. */
export interface ReportKpi {
  key: string;
  label: string;
  cell: ReportCell;
  /** Short badge beside the label, e.g. "Schätzung". */
  hint?: string;
  description?: string;
}

/** A labelled fact of the cover or the Methodik chapter. */
export interface ReportFact {
  label: string;
  text: string;
  /** Set in monospace (the fingerprint). */
  code?: boolean;
  /** A note under the fact. */
  note?: string;
}

/** What a chapter is made of, in order. */
export type ReportBlock =
  | { kind: 'kpis'; pair: boolean; items: ReportKpi[] }
  | {
      kind: 'figure';
      title: string;
      description?: string;
      /** `side` puts a narrow chart beside its table. */
      layout: 'stack' | 'side';
      chart?: ReportChart;
      table: ReportTable;
      /** A figure under the table, e.g. the multiplier factor. */
      extra?: { label: string; cell: ReportCell };
    }
  | { kind: 'table'; title: string; table: ReportTable }
  | { kind: 'subtitle'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A small note; `suppressed` puts the • before it. */
  | { kind: 'note'; text: string; suppressed?: boolean }
  | { kind: 'definitions'; entries: readonly { term: string; text: string }[] }
  | { kind: 'facts'; facts: ReportFact[] }
  /** Blocks kept together, e.g. one survey comparison. */
  | { kind: 'group'; name: 'survey' | 'goals'; blocks: ReportBlock[] };

/** A chapter of the printed report; each starts on a new page. */
export interface ReportSection {
  /** Anchor, e.g. `wirkungen`. */
  id: string;
  title: string;
  intro?: string;
  blocks: ReportBlock[];
}

/** A sheet of the XLSX annex. */
export interface AnnexSheet {
  /** The sheet's name (at most 31 characters), e.g. "Monate". */
  name: string;
  table: ReportTable;
}

/** A funder report ready to print and to export. */
export interface ReportModel {
  language: ReportLanguage;
  locale: 'de-DE' | 'en-GB';
  /** The browser tab's and the workbook's title. */
  documentTitle: string;
  /** What • stands for, e.g. "weniger als 5 Personen". */
  suppressedLabel: string;
  missing: string;
  cover: {
    brand: string;
    title: string;
    funder: string;
    subtitle: string;
    facts: ReportFact[];
    contentsTitle: string;
    privacy: string;
    /** What the period includes, in plain words; absent for reports stored before it was confined (version < 4). */
    scope?: string;
  };
  sections: ReportSection[];
  annex: AnnexSheet[];
}
