import type { ReportCreatorRole, WaveKind } from '@mintq/contract';
import type { GlossaryEntry } from './glossary.js';
import { stateNames } from './states.js';

// Every text of a funder report in German: the printed PDF, the XLSX annex and, for the terms
// they share, the dashboard (apps/dashboard/src/i18n takes them from here). `{name}` marks a
// value filled in by `fill`. English (en.ts) must have every key.

/** How the report names the things it counts: the same words in the PDF, the annex and the dashboard. */
const metric = {
  multipliers: 'Multiplikator:innen',
  activeMultipliers: 'Aktive Multiplikator:innen',
  activities: 'Transferaktivitäten',
  initiativesReached: 'Erreichte Initiativen',
  educatorsReached: 'Erreichte pädagogische Fachkräfte',
  youthReached: 'Erreichte junge Menschen',
  multiplierFactor: 'Multiplikatorfaktor',
  networks: 'Netzwerke',
  networksReached: 'Erreichte Netzwerke',
  cumulativeInitiatives: 'Initiativen kumuliert',
  enrolled: 'Angemeldet',
  withdrawn: 'Ausgeschieden',
  completed: 'Abgeschlossen',
  completionRate: 'Abschlussquote',
  selfAssessmentPre: 'Selbstanalyse (Prä)',
  goalsSet: 'Wirkungsziel gesetzt',
  goalAttained: 'Wirkungsziel erreicht',
  goals: 'Wirkungsziele',
  attained: 'Erreicht',
  notAttained: 'Nicht erreicht',
  noCheckin: 'Ohne Überprüfung',
  overdue: 'Überfällig',
  attainmentRate: 'Zielerreichungsquote',
  meanTScore: 'Mittlerer GAS-T-Wert',
  tScoreParticipants: 'Personen mit T-Wert',
  checkins: 'Zielüberprüfungen bis zum Stichtag',
  dimension: 'Dimension',
  n: 'n',
  meanFrom: 'Mittelwert vorher',
  meanTo: 'Mittelwert nachher',
  meanDiff: 'Mittlere Differenz',
  sdDiff: 'SD der Differenz',
  ci: '95-%-KI',
  ciLow: '95-%-KI unten',
  ciHigh: '95-%-KI oben',
  t: 't',
  df: 'df',
  p: 'p',
  dz: 'd_z',
  gz: 'g_z',
  alphaFrom: 'α vorher',
  alphaTo: 'α nachher',
  responses: 'Antworten',
  eligible: 'Teilnehmende',
  responseRate: 'Quote',
  nps: 'Net Promoter Score',
};

export const de = {
  // Terms shared with the dashboard.
  states: stateNames('de'),
  // The bundle names a quality dimension in German only (items.csv has one `dimension` column):
  // German shows it as the data give it; other languages list the programme's dimensions here.
  qualityDimensions: {} as Readonly<Record<string, string>>,
  waves: { PRE: 'Prä', POST: 'Post', FOLLOW_UP: 'Follow-up', EVENT: 'Veranstaltung' } as Readonly<
    Record<WaveKind, string>
  >,
  metric: metric as Readonly<Record<keyof typeof metric, string>>,
  cohort: 'Durchgang',
  state: 'Bundesland',
  stateCode: 'Code',
  month: 'Monat',
  wave: 'Welle',
  instrument: 'Fragebogen',
  estimate: 'Schätzung',
  /** The PHINEO Wirkungstreppe, steps 1 to 7. */
  staircaseSteps: [
    'Aktivitäten finden wie geplant statt',
    'Zielgruppen werden erreicht',
    'Zielgruppen akzeptieren Angebote',
    'Zielgruppen verändern Bewusstsein bzw. Fähigkeiten',
    'Zielgruppen ändern ihr Handeln',
    'Lebenslage der Zielgruppen ändert sich',
    'Gesellschaft verändert sich',
  ] as readonly string[],
  staircaseOutput: 'Output',
  staircaseOutcome: 'Outcome',
  staircaseImpact: 'Impact',
  /** GAS levels −2 … +2 by their meaning. */
  gasLevels: {
    '-2': 'deutlich schlechter als erwartet',
    '-1': 'schlechter als erwartet',
    '0': 'wie erwartet',
    '1': 'besser als erwartet',
    '2': 'deutlich besser als erwartet',
  } as Readonly<Record<string, string>>,
  /** What • stands for. */
  suppressed: 'weniger als {k} Personen',
  /** docs/privacy.md "The rule, as users read it", word for word ({k1} = k − 1); tests compare them. */
  suppressionRule:
    'Zahlen, hinter denen 1 bis {k1} Personen stehen, werden nicht gezeigt (•). Damit sie sich auch nicht aus anderen Zahlen errechnen lassen – aus Summen, Teilsummen, anderen Zeiträumen, Kohorten oder Berichten –, werden weitere Zahlen ausgeblendet, bis eine Prüfung über alle Zahlen dieses Förderers zeigt, dass sich keine ausgeblendete Zahl enger als auf 0 bis {k} Personen eingrenzen lässt. Eine Zahl innerhalb einer gezeigten Gruppe von mindestens {k} Personen (z. B. 1 von 30 ausgeschieden) wird gezeigt. Gezeigte Zahlen sind exakt.',

  // The report's own texts.
  documentTitle: 'Förderbericht {funder}, {from} – {to}',
  reportTitle: 'Förderbericht',
  noSnapshotTitle: 'Kein Bericht geladen',
  noSnapshot:
    'Diese Seite zeigt einen gespeicherten Förderbericht. Öffnen Sie ihn im Dashboard unter „Förderberichte“ oder laden Sie ihn dort als PDF herunter.',
  reportSubtitle: 'Wirkungsbericht nach dem Social Reporting Standard',
  programme: 'Programm',
  funder: 'Förderer',
  period: 'Berichtszeitraum',
  periodFrom: 'Berichtszeitraum von',
  periodTo: 'Berichtszeitraum bis',
  createdOn: 'Erstellt am',
  createdBy: 'Erstellt von',
  asOf: 'Stichtag',
  minimumGroup: 'Mindestgruppengröße k',
  definitionsVersion: 'Version der Definitionen',
  reportId: 'Bericht-Nr.',
  fingerprint: 'Fingerabdruck (SHA-256)',
  fingerprintNote:
    'Der Fingerabdruck ist eine Prüfsumme über alle Zahlen dieses Berichts: Stimmt er überein, sind es dieselben Zahlen.',
  coverScope:
    'Zeitraum: {from}–{to}. Einbezogen sind die geförderten Durchgänge, die in diesem Zeitraum liefen ({cohorts}), mit ihren Teilnehmenden, Befragungen und Veranstaltungen; Transferaktivitäten zählen, wenn sie im Zeitraum stattfanden, Wirkungsziele aller geförderten Durchgänge mit ihrem Stand am {asOf}.',
  noCohorts: 'keine',
  coverPrivacy:
    'Zum Schutz der Teilnehmenden stehen Zahlen, hinter denen weniger als {k} Personen stehen, als •.',
  contents: 'Inhalt',
  missing: '–',
  noDataShort: 'keine Daten',
  item: 'Angabe',
  figure: 'Kennzahl',
  value: 'Wert',
  meaning: 'Bedeutung',
  creatorRoles: { ADMIN: 'Administration', PROJECT_LEAD: 'Projektleitung' } as Readonly<
    Record<ReportCreatorRole, string>
  >,

  summaryTitle: 'Zusammenfassung in Zahlen',
  summaryIntro:
    // A funder's name stands alone after a colon: names differ in gender and article ("der Stifterverband",
    // "die Körber-Stiftung", "aqtivator gGmbH"), and the bundle carries no grammatical form for them.
    'Förderer: {funder}. Die wichtigsten Kennzahlen der geförderten Qualifizierungsdurchgänge für den Zeitraum {from} bis {to}.',
  kpiEnrolled: 'Teilnehmende',
  kpiEnrolledDescription: 'Anmeldungen in den geförderten Durchgängen',
  kpiPartialTotal: 'ohne Durchgänge mit weniger als {k} Personen',
  kpiMeanTScoreDescription: 'über {n} Personen; 50 = wie erwartet',
  kpiNps: 'Weiterempfehlung (NPS)',

  outputsTitle: 'Leistungen',
  outputsIntro:
    'Was das Programm im Berichtszeitraum geleistet hat: wie viele Netzwerkkoordinator:innen teilgenommen und abgeschlossen haben und wie viele Transferaktivitäten die zertifizierten Multiplikator:innen durchgeführt haben.',
  participationTitle: 'Teilnahme je Qualifizierungsdurchgang',
  funnelTitle: 'Kohorten-Trichter',
  funnelDescription:
    'Von der Anmeldung bis zum erreichten Wirkungsziel: wie viele Personen jeden Schritt erreicht haben.',
  funnelOfEnrolled: 'der Angemeldeten',
  activitiesTitle: 'Transferaktivitäten',
  activitiesMultipliers: 'Multiplikator:innen (zertifiziert)',
  activitiesActive: 'davon aktiv',
  reported: '{label} (gemeldet)',
  estimated: '{label} ({estimate})',

  outcomesTitle: 'Wirkungen',
  outcomesIntro:
    'Welche Veränderungen sich bei den Teilnehmenden zeigen: in ihrer Selbsteinschätzung je Qualitätsdimension und in der Erreichung der Wirkungsziele, die sie sich an der Transferwerkstatt gesetzt haben.',
  surveyTitle: '{instrument}: {from} → {to}',
  forestTitle: 'Veränderung je Qualitätsdimension',
  forestDescription:
    'Mittlere Veränderung derselben Personen zwischen den Befragungen mit 95-%-Konfidenzintervall; rechts der Null eine Verbesserung.',
  forestMeans: 'Mittelwerte',
  forestDifference: 'Veränderung',
  meanOf: 'M {wave}',
  effect: 'Effekt',
  alphaBoth: 'α {from}/{to}',
  effectSmall: 'klein',
  effectMedium: 'mittel',
  effectLarge: 'groß',
  effectNone: 'vernachlässigbar',
  responseRatesTitle: 'Rücklauf je Befragungswelle',
  comparisonFrom: 'Von',
  comparisonTo: 'Nach',
  goalsTitle: 'Erreichung der Wirkungsziele',
  goalsIntro:
    'Stand der Wirkungsziele zum {asOf} nach der letzten Zielüberprüfung auf der GAS-Skala (−2 bis +2).',
  staircaseTitle: 'Wirkungsziele auf der Wirkungstreppe',
  staircaseDescription:
    'Auf welcher Stufe der PHINEO-Wirkungstreppe die Ziele ansetzen und wie viele davon erreicht wurden.',
  staircaseLevel: 'Stufe',
  gasTitle: 'Verteilung der GAS-Stufen',
  gasDescription:
    'Wirkungsziele nach der Stufe ihrer letzten Zielüberprüfung; ab 0 gilt ein Ziel als erreicht.',
  gasLevel: 'GAS-Stufe',

  reachTitle: 'Reichweite',
  reachIntro:
    'Wie das Wissen weitergetragen wird: von den Multiplikator:innen über ihre Transferaktivitäten zu den Initiativen vor Ort, den pädagogischen Fachkräften und den jungen Menschen.',
  cascadeTitle: 'Multiplikator-Kaskade',
  cascadeDescription:
    'Jede Stufe zählt, was die Multiplikator:innen erreicht haben; junge Menschen sind geschätzt.',
  cascadeStage: 'Stufe',
  cascadeCount: 'Anzahl',
  stateMapTitle: 'Erreichte Initiativen nach Bundesland',
  stateMapDescription: 'Bundesland des Netzwerks der erreichten Initiative.',
  monthTitle: 'Transferaktivitäten nach Monat',
  monthDescription: 'Aktivitäten je Monat und die seit Beginn des Zeitraums erreichten Initiativen.',
  cumulativeTitle: 'Erreichte Initiativen, kumuliert',

  eventsTitle: 'Transferwerkstatt-Feedback',
  eventsIntro:
    'Rückmeldungen der Teilnehmenden zur Transferwerkstatt, dem zweitägigen Abschluss jedes Durchgangs, einschließlich anonymer Antworten.',
  npsScale: 'von −100 bis +100',
  noEvents: 'Für diesen Zeitraum liegt kein Feedback zur Transferwerkstatt vor.',

  methodsTitle: 'Methodik',
  methodsIntro:
    'So sind die Zahlen dieses Berichts entstanden. Alle Kennzahlen werden nach denselben Definitionen berechnet wie im Dashboard.',
  definitionsTitle: 'Definitionen',
  term: 'Begriff',
  explanation: 'Erklärung',
  suppressionTitle: 'Schutz kleiner Gruppen',
  sourcesTitle: 'Datenquellen',
  sourcesIntro:
    'Die Datenimporte, aus denen die Zahlen stammen, mit Nummer und Datum. Ihre Dateien verzeichnet mintq unter der Nummer; sie enthalten auch Daten anderer Förderer und stehen daher nicht im Bericht.',
  source: 'Datenquelle',
  sourceText: 'Import {id} vom {date}',
  sourceBatch: 'Import',
  sourceDate: 'Datum',
  noSources: 'Keine Importe verzeichnet.',
  versionTitle: 'Stand und Version',

  /** Names of the annex's sheets (at most 31 characters each). */
  sheets: {
    report: 'Bericht',
    reach: 'Reichweite',
    states: 'Bundesländer',
    months: 'Monate',
    cohorts: 'Kohorten',
    goals: 'Wirkungsziele',
    gasLevels: 'GAS-Stufen',
    staircase: 'Wirkungstreppe',
    surveys: 'Befragungen',
    responseRates: 'Rücklauf',
    events: 'Veranstaltungen',
    definitions: 'Definitionen',
  },

  /** The glossary: the Methodik chapter and the annex's sheet of definitions. */
  definitions: [
    {
      key: 'scope',
      term: 'Umfang',
      text: 'Teilnehmende der Qualifizierungsdurchgänge, die der Förderer fördert; nennt eine Förderlinie ein Bundesland, nur Teilnehmende aus Netzwerken dieses Landes. Aktivitäten zählen, wenn sie im Berichtszeitraum stattfanden; Wirkungsziele werden zum Stichtag (Ende des Zeitraums) betrachtet. Durchgänge, Befragungen und Veranstaltungen sind die der Durchgänge, die im Berichtszeitraum liefen.',
    },
    {
      key: 'participants',
      term: 'Teilnehmende, Abschlussquote',
      text: 'Anmeldungen je Durchgang (wer zweimal teilnimmt, zählt zweimal); Abschlussquote = abgeschlossen / angemeldet.',
    },
    {
      key: 'multipliers',
      term: 'Multiplikator:innen',
      text: 'Teilnehmende, die einen Durchgang abgeschlossen haben und bis zum Stichtag zertifiziert wurden.',
    },
    {
      key: 'activities',
      term: 'Transferaktivitäten, aktive Multiplikator:innen',
      text: 'Workshops, Beratungen, Netzwerktreffen und Fortbildungen der Multiplikator:innen im Zeitraum; aktiv ist, wer mindestens eine durchgeführt hat.',
    },
    {
      key: 'initiativesReached',
      term: 'Erreichte Initiativen',
      text: 'Verschiedene Initiativen, die durch diese Aktivitäten erreicht wurden; eine mehrfach erreichte Initiative zählt einmal. Bundesland ist das des Netzwerks der Initiative.',
    },
    {
      key: 'educatorsYouth',
      term: 'Pädagogische Fachkräfte, junge Menschen',
      text: 'Summe der von den Multiplikator:innen gemeldeten Zahlen, nicht um Mehrfachzählungen bereinigt; bei jungen Menschen eine Schätzung.',
    },
    {
      key: 'multiplierFactor',
      term: 'Multiplikatorfaktor',
      text: 'Erreichte Initiativen geteilt durch Multiplikator:innen.',
    },
    {
      key: 'cascade',
      term: 'Multiplikator-Kaskade',
      text: 'Die Reichweite Stufe für Stufe: Multiplikator:innen, davon aktive, die durch ihre Transferaktivitäten erreichten Initiativen, pädagogischen Fachkräfte und jungen Menschen (geschätzt). Jede Stufe ist eine eigene Zählung (siehe dort), kein Anteil der vorigen.',
    },
    {
      key: 'byState',
      term: 'Reichweite nach Bundesland',
      text: 'Je Bundesland des Netzwerks der erreichten Initiative: Netzwerke im Land, erreichte Netzwerke (mit mindestens einer erreichten Initiative), erreichte Initiativen und Multiplikator:innen, die dort eine Initiative erreicht haben. Abdeckung = erreichte Netzwerke / Netzwerke.',
    },
    {
      key: 'byMonth',
      term: 'Transferaktivitäten nach Monat',
      text: 'Je Monat des Aktivitätsdatums: Transferaktivitäten und die in diesem Monat erreichten verschiedenen Initiativen. Kumuliert: die verschiedenen Initiativen, die vom Beginn des Zeitraums bis zum Ende des Monats erreicht wurden; eine in mehreren Monaten erreichte Initiative zählt einmal.',
    },
    {
      key: 'funnel',
      term: 'Kohorten-Trichter',
      text: 'Je Durchgang: angemeldet, ausgeschieden, abgeschlossen, Selbstanalyse der Prä-Befragung ausgefüllt, mindestens ein Wirkungsziel bis zum Stichtag gesetzt, mindestens ein Wirkungsziel zum Stichtag erreicht (jeweils Personen).',
    },
    {
      key: 'waves',
      term: 'Befragungswellen',
      text: 'Prä zu Beginn des Durchgangs, Post an seinem Ende, Follow-up sechs Monate danach; Veranstaltung ist das Feedback zur Transferwerkstatt.',
    },
    {
      key: 'dimensionChange',
      term: 'Veränderung je Qualitätsdimension',
      text: 'Gepaarter Vergleich der Dimensionswerte derselben Personen zwischen zwei Befragungswellen: Mittelwerte vorher und nachher, mittlere Differenz mit 95-%-Konfidenzintervall und zweiseitigem t-Test. Ein Dimensionswert ist der Mittelwert der beantworteten Items, wenn mindestens die Hälfte beantwortet ist.',
    },
    {
      key: 'effectSize',
      term: 'Effektstärke',
      text: 'Cohens d_z: mittlere Differenz geteilt durch die Standardabweichung der Differenzen; Hedges g_z: d_z, für kleine Gruppen korrigiert. Faustregel: ab 0,2 klein, ab 0,5 mittel, ab 0,8 groß.',
    },
    {
      key: 'cronbachAlpha',
      term: 'Cronbachs α',
      text: 'Wie einheitlich die Items einer Dimension antworten (interne Konsistenz), je Befragungswelle über die Antworten, die alle Items der Dimension beantworten; ab etwa 0,7 gilt sie als gut.',
    },
    {
      key: 'responseRate',
      term: 'Rücklaufquote',
      text: 'Je Durchgang und Welle: Teilnehmende mit einer Antwort in der Welle / Teilnehmende des Durchgangs, die nicht ausgeschieden sind.',
    },
    {
      key: 'itemAnswers',
      term: 'Antwortverteilung je Aussage',
      text: 'Wie oft jeder Wert der Antwortskala in einer Befragungswelle gegeben wurde, je Aussage (Item) der Selbstanalyse. Je Anmeldung zählt ihre letzte Antwort in der Welle ihres Durchgangs; anonyme Antworten zählen nicht. n = Antworten, die die Aussage beantworten.',
    },
    {
      key: 'goalAttainment',
      term: 'Zielerreichung',
      text: 'Gezählt werden die bis zum Stichtag gesetzten Wirkungsziele. Stand eines Wirkungsziels ist die GAS-Stufe (−2 bis +2) seiner letzten Zielüberprüfung bis zum Stichtag: erreicht heißt Stufe 0 oder höher, nicht erreicht Stufe −1 oder −2; ohne Überprüfung heißt, dass es bis zum Stichtag keine gab. Zielerreichungsquote = erreicht / (erreicht + nicht erreicht). Überfällig: ohne Überprüfung und vor dem Stichtag fällig.',
    },
    {
      key: 'gasLevels',
      term: 'GAS-Stufen',
      text: 'Wirkungsziele nach der GAS-Stufe ihrer letzten Zielüberprüfung bis zum Stichtag: −2 deutlich schlechter als erwartet, −1 schlechter als erwartet, 0 wie erwartet, +1 besser als erwartet, +2 deutlich besser als erwartet. Ziele ohne Überprüfung stehen in keiner Stufe.',
    },
    {
      key: 'tScore',
      term: 'GAS-T-Wert',
      text: 'Goal Attainment Scaling nach Kiresuk & Sherman (1968): je Person ein Wert über ihre Ziele mit einer Zielüberprüfung (ρ = 0,3), 50 bedeutet „wie erwartet erreicht“, 60 eine Stufe besser. Angegeben ist der Mittelwert über die Personen.',
    },
    {
      key: 'staircase',
      term: 'Wirkungstreppe',
      text: 'Die sieben Stufen nach PHINEO: 1–3 Output (Aktivitäten finden statt, Zielgruppen werden erreicht und nehmen Angebote an), 4–6 Outcome (Bewusstsein und Fähigkeiten, Handeln, Lebenslage ändern sich), 7 Impact (die Gesellschaft ändert sich). Je Stufe zählen die Wirkungsziele, die dort ansetzen, und wie viele davon erreicht sind.',
    },
    {
      key: 'eventFeedback',
      term: 'Transferwerkstatt-Feedback',
      text: 'Antworten auf den Feedbackbogen der Transferwerkstatt aus den Durchgängen im Umfang, je Person die letzte. Anonyme Antworten zählen zum Durchgang ihrer Welle, aber nur, wenn nicht nach Bundesland eingeschränkt ist (weder durch einen Filter noch dadurch, dass jede Förderlinie des Durchgangs ein Bundesland nennt).',
    },
    {
      key: 'nps',
      term: 'Net Promoter Score',
      text: 'Anteil der Antworten 9–10 minus Anteil der Antworten 0–6 auf die Frage nach der Weiterempfehlung der Transferwerkstatt (Skala 0–10), von −100 bis +100.',
    },
  ] as readonly GlossaryEntry[],
};

/** Every text of a funder report; English has every German key. */
export type ReportCatalogue = typeof de;
