import type { ReportLanguage } from '@mintq/contract';

/**
 * Version of the metric definitions (../shared/DOMAIN.md) the numbers follow. Stored with
 * every report: raise it whenever a definition changes, so that an old report says which
 * rules its numbers were computed by.
 */
export const DEFINITIONS_VERSION = '2026-11-25';

/** One metric definition in plain language. */
export interface ReportDefinition {
  term: string;
  text: string;
}

const DE: ReportDefinition[] = [
  {
    term: 'Umfang',
    text: 'Teilnehmende in den Qualifizierungsdurchgängen, die der Förderer fördert; nennt eine Förderlinie ein Bundesland, nur Teilnehmende aus Netzwerken dieses Landes. Aktivitäten zählen, wenn sie im Berichtszeitraum stattfanden; Wirkungsziele werden zum Stichtag (Ende des Zeitraums) betrachtet.',
  },
  {
    term: 'Multiplikator:innen',
    text: 'Teilnehmende, die den Durchgang abgeschlossen haben und bis zum Stichtag zertifiziert wurden.',
  },
  {
    term: 'Aktivitäten, aktive Multiplikator:innen',
    text: 'Transferaktivitäten der Multiplikator:innen im Zeitraum; aktiv ist, wer mindestens eine durchgeführt hat.',
  },
  {
    term: 'Erreichte Initiativen',
    text: 'Verschiedene Initiativen, die durch diese Aktivitäten erreicht wurden; eine mehrfach erreichte Initiative zählt einmal.',
  },
  {
    term: 'Erreichte Pädagog:innen, junge Menschen',
    text: 'Summe der von den Multiplikator:innen gemeldeten Zahlen; bei jungen Menschen eine Schätzung, nicht dedupliziert.',
  },
  { term: 'Multiplikatorfaktor', text: 'Erreichte Initiativen je Multiplikator:in.' },
  {
    term: 'Kohorten-Trichter',
    text: 'Je Durchgang: angemeldet, ausgeschieden, abgeschlossen, Selbstanalyse zu Beginn ausgefüllt, mindestens ein Wirkungsziel gesetzt, mindestens ein Wirkungsziel erreicht.',
  },
  {
    term: 'Zielerreichung',
    text: 'Stand eines Wirkungsziels ist die GAS-Stufe (−2 … +2) der letzten Zielüberprüfung bis zum Stichtag; erreicht heißt Stufe ≥ 0. Quote = erreicht / (erreicht + nicht erreicht). Überfällig: ohne Überprüfung und Fälligkeit vor dem Stichtag.',
  },
  {
    term: 'GAS-T-Wert',
    text: 'Goal Attainment Scaling nach Kiresuk & Sherman (1968) je Person über ihre Ziele, ρ = 0,3; 50 bedeutet „wie erwartet erreicht“. Angegeben ist der Mittelwert über die Personen.',
  },
  {
    term: 'Wirkungstreppe',
    text: 'PHINEO-Stufen 1–7 der Ziele: 1–3 Output (Aktivitäten finden statt, Zielgruppen werden erreicht, nehmen Angebote an), 4–6 Outcome (Bewusstsein/Fähigkeiten, Handeln, Lebenslage ändern sich), 7 Impact (Gesellschaft ändert sich).',
  },
  {
    term: 'Veränderung je Qualitätsdimension',
    text: 'Gepaarter Vergleich der Dimensionswerte derselben Personen zwischen zwei Befragungswellen: Mittelwerte, mittlere Differenz mit 95-%-Konfidenzintervall, t-Test (zweiseitig), Effektstärken Cohens d_z und Hedges g_z. Ein Dimensionswert gilt, wenn mindestens die Hälfte der Items beantwortet ist.',
  },
  {
    term: 'Cronbachs α',
    text: 'Interne Konsistenz einer Dimension je Welle, über vollständig beantwortete Fragebögen.',
  },
  {
    term: 'Rücklaufquote',
    text: 'Antwortende / Teilnehmende des Durchgangs, die nicht ausgeschieden sind.',
  },
  {
    term: 'Net Promoter Score (Transferwerkstatt)',
    text: 'Anteil der Antworten 9–10 minus Anteil der Antworten 0–6 auf die Weiterempfehlungsfrage, von −100 bis 100.',
  },
];

const EN: ReportDefinition[] = [
  {
    term: 'Scope',
    text: 'Participants of the cohorts the funder funds; where a funding line names a state, only participants from networks in that state. Activities count when they took place in the reporting period; impact goals are taken as of the end of the period.',
  },
  {
    term: 'Multipliers',
    text: 'Participants who completed a cohort and were certified by the end of the period.',
  },
  {
    term: 'Activities, active multipliers',
    text: 'Transfer activities of the multipliers in the period; active means at least one activity.',
  },
  {
    term: 'Initiatives reached',
    text: 'Distinct initiatives reached by these activities; an initiative reached twice counts once.',
  },
  {
    term: 'Educators, young people reached',
    text: 'Sums of what the multipliers reported; for young people an estimate, not deduplicated.',
  },
  { term: 'Multiplier factor', text: 'Initiatives reached per multiplier.' },
  {
    term: 'Cohort funnel',
    text: 'Per cohort: enrolled, withdrawn, completed, self-assessment at the start filled in, at least one impact goal set, at least one impact goal attained.',
  },
  {
    term: 'Goal attainment',
    text: 'The state of an impact goal is the GAS level (−2 … +2) of its latest check-in up to the end of the period; attained means level ≥ 0. Rate = attained / (attained + not attained). Overdue: no check-in and due before the end of the period.',
  },
  {
    term: 'GAS T-score',
    text: 'Goal Attainment Scaling after Kiresuk & Sherman (1968) per person over their goals, ρ = 0.3; 50 means "attained as expected". Shown is the mean over the persons.',
  },
  {
    term: 'Impact staircase',
    text: 'PHINEO levels 1–7 of the goals: 1–3 output (activities take place, target groups are reached, accept the offer), 4–6 outcome (awareness/skills, actions, situation change), 7 impact (society changes).',
  },
  {
    term: 'Change per quality dimension',
    text: 'Paired comparison of the dimension scores of the same persons between two survey waves: means, mean difference with 95 % confidence interval, t-test (two-sided), effect sizes Cohen’s d_z and Hedges’ g_z. A dimension score counts when at least half of its items are answered.',
  },
  {
    term: 'Cronbach’s α',
    text: 'Internal consistency of a dimension per wave, over fully answered questionnaires.',
  },
  { term: 'Response rate', text: 'Respondents / participants of the cohort who did not withdraw.' },
  {
    term: 'Net Promoter Score (Transferwerkstatt)',
    text: 'Share of answers 9–10 minus share of answers 0–6 to the recommendation question, from −100 to 100.',
  },
];

/** The metric definitions in plain language, for the annex's sheet "Definitionen". */
export function reportDefinitions(language: ReportLanguage): ReportDefinition[] {
  return language === 'en' ? EN : DE;
}

/**
 * The small-number rule as users read it: word for word docs/privacy.md, "The rule, as users
 * read it" (`{k}` is k, `{k1}` is k − 1), e.g. for k = 5 "… 1 bis 4 Personen …".
 */
export function suppressionRule(language: ReportLanguage, k: number): string {
  const k1 = k - 1;
  return language === 'en'
    ? `Numbers that stand for 1 to ${k1} people are not shown (•). So that they cannot be worked out from other numbers either – from totals, subtotals, other periods, cohorts or reports – further numbers are hidden until a check over all of this funder's numbers shows that no hidden number can be narrowed down further than 0 to ${k} people. A number within a shown group of at least ${k} people (e.g. 1 of 30 withdrawn) is shown. Numbers shown are exact.`
    : `Zahlen, hinter denen 1 bis ${k1} Personen stehen, werden nicht gezeigt (•). Damit sie sich auch nicht aus anderen Zahlen errechnen lassen – aus Summen, Teilsummen, anderen Zeiträumen, Kohorten oder Berichten –, werden weitere Zahlen ausgeblendet, bis eine Prüfung über alle Zahlen dieses Förderers zeigt, dass sich keine ausgeblendete Zahl enger als auf 0 bis ${k} Personen eingrenzen lässt. Eine Zahl innerhalb einer gezeigten Gruppe von mindestens ${k} Personen (z. B. 1 von 30 ausgeschieden) wird gezeigt. Gezeigte Zahlen sind exakt.`;
}
