import type { ReportLanguage } from '@mintq/contract';

// The texts of the dashboard's Förderberichte page. The report itself (PDF and XLSX) takes its
// texts from @mintq/report-model's catalogue: it is printed by the server from report.html,
// which loads none of the dashboard's code, and its language is fixed by the snapshot rather
// than by the viewer's choice.

const pageDe = {
  title: 'Förderberichte',
  intro:
    'Eingefrorene Berichte für Förderer: die Zahlen eines Zeitraums im Umfang des Förderers, mit Unterdrückung kleiner Gruppen, als PDF und Excel-Anhang.',
  generateTitle: 'Neuen Bericht erstellen',
  funder: 'Förderer',
  /** The list's filter: which funder's stored reports the page lists. */
  showFor: 'Berichte anzeigen für',
  /** The generate form's choice: whom the new report is for. */
  generateFor: 'Neuer Bericht für',
  chooseFunder: 'Förderer wählen',
  allFunders: 'Alle Förderer',
  from: 'Von',
  to: 'Bis (Stichtag)',
  language: 'Sprache',
  german: 'Deutsch',
  english: 'Englisch',
  generate: 'Bericht erstellen',
  generating: 'Bericht wird erstellt …',
  generated: 'Der Bericht wurde erstellt.',
  invalidPeriod: '„Von“ liegt nach „Bis“.',
  generateFailed: (message: string) => `Der Bericht konnte nicht erstellt werden: ${message}`,
  listTitle: 'Gespeicherte Berichte',
  empty: 'Noch keine Berichte.',
  period: 'Zeitraum',
  created: 'Erstellt',
  fingerprint: 'Fingerabdruck',
  actions: 'Aktionen',
  preview: 'Vorschau',
  closePreview: 'Vorschau schließen',
  previewTitle: (funder: string) => `Vorschau: ${funder}`,
  previewLoading: 'Vorschau wird geladen …',
  previewFailed: 'Die Vorschau konnte nicht geladen werden.',
  downloadPdf: 'PDF',
  downloadXlsx: 'Excel',
  downloading: 'wird geladen …',
  downloadLabel: (format: string, funder: string, period: string) => `${format} von ${funder}, ${period}`,
  downloadFailed: (status: number) =>
    status === 0 ? 'Der Server ist nicht erreichbar.' : `Der Download ist fehlgeschlagen (HTTP ${status}).`,
};

/** Texts of the dashboard's Förderberichte page; English must have every German key. */
export type ReportsPageMessages = typeof pageDe;

const pageEn: ReportsPageMessages = {
  title: 'Funder reports',
  intro:
    'Frozen reports for funders: the figures of a period in the funder’s scope, with small groups suppressed, as PDF and Excel annex.',
  generateTitle: 'Create a report',
  funder: 'Funder',
  showFor: 'Show reports for',
  generateFor: 'New report for',
  chooseFunder: 'Choose a funder',
  allFunders: 'All funders',
  from: 'From',
  to: 'To (as of)',
  language: 'Language',
  german: 'German',
  english: 'English',
  generate: 'Create report',
  generating: 'Creating the report …',
  generated: 'The report was created.',
  invalidPeriod: '“From” is after “to”.',
  generateFailed: (message) => `The report could not be created: ${message}`,
  listTitle: 'Stored reports',
  empty: 'No reports yet.',
  period: 'Period',
  created: 'Created',
  fingerprint: 'Fingerprint',
  actions: 'Actions',
  preview: 'Preview',
  closePreview: 'Close preview',
  previewTitle: (funder) => `Preview: ${funder}`,
  previewLoading: 'Loading the preview …',
  previewFailed: 'The preview could not be loaded.',
  downloadPdf: 'PDF',
  downloadXlsx: 'Excel',
  downloading: 'loading …',
  downloadLabel: (format, funder, period) => `${format} of ${funder}, ${period}`,
  downloadFailed: (status) =>
    status === 0 ? 'The server cannot be reached.' : `The download failed (HTTP ${status}).`,
};

/** The Förderberichte page's texts per dashboard language. */
export const reportsPageMessages: Readonly<Record<ReportLanguage, ReportsPageMessages>> = {
  de: pageDe,
  en: pageEn,
};
