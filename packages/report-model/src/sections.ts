import type { PublicDimensionOutcome, ReportSurvey } from '@mintq/contract';
import { dimensionName, fill } from './catalogue/index.js';
import { buildTable, figureTable, hasVisible, pick, sumVisible } from './cells.js';
import {
  dimensionColumns,
  firstPerInstrument,
  funnelColumns,
  gasColumns,
  rateColumns,
  type SharedTables,
  staircaseColumns,
  stateColumns,
} from './columns.js';
import { type Context, type Facts, factList } from './context.js';
import type { ReportBlock, ReportCell, ReportKpi, ReportSection } from './model.js';

// The chapters of the printed report, in order: each a heading, a lead and its blocks.

export function summarySection(ctx: Context): ReportSection {
  const { t, cells, content, format, k } = ctx;
  const { reach, goals } = content;
  const funnel = content.funnel ?? [];
  const m = t.metric;
  const enrolled = sumVisible(funnel, (f) => f.enrolled);
  const completed = sumVisible(funnel, (f) => f.completed);
  const partial = fill(t.kpiPartialTotal, { k });
  const event = content.events?.[0]?.feedback;
  const kpi = (key: string, label: string, cell: ReportCell, more: Partial<ReportKpi> = {}): ReportKpi => ({
    key,
    label,
    cell,
    ...more,
  });
  const items: ReportKpi[] = [
    kpi('enrolled', t.kpiEnrolled, cells.count(enrolled.value, enrolled.value === null), {
      description: enrolled.partial && enrolled.value !== null ? partial : t.kpiEnrolledDescription,
    }),
    kpi(
      'completed',
      m.completed,
      cells.count(completed.value, completed.value === null),
      completed.partial && completed.value !== null ? { description: partial } : {},
    ),
    kpi('multipliers', m.multipliers, cells.count(reach.multipliers, reach.suppressed)),
    kpi('activities', m.activities, cells.count(reach.activities, reach.suppressed)),
    kpi('initiatives', m.initiativesReached, cells.count(reach.initiativesReached, reach.suppressed)),
    kpi('youth', m.youthReached, cells.count(reach.youthReachedEstimate, reach.suppressed), {
      hint: t.estimate,
    }),
    kpi('attainmentRate', m.attainmentRate, cells.percent(goals.attainmentRate, 0, goals.suppressed)),
    kpi(
      'meanTScore',
      m.meanTScore,
      cells.decimal(goals.meanTScore, 1, goals.suppressed),
      typeof goals.tScoreParticipants === 'number' && !goals.suppressed
        ? { description: fill(t.kpiMeanTScoreDescription, { n: format.number(goals.tScoreParticipants) }) }
        : {},
    ),
    kpi('nps', t.kpiNps, cells.signed(event?.nps, 0, event?.suppressed ?? false), {
      description: t.npsScale,
    }),
  ];
  const blocks: ReportBlock[] = [{ kind: 'kpis', pair: false, items }];
  // The first comparison (Prä → Post of the self-assessment) is the headline outcome.
  const survey = content.surveys?.[0];
  if (survey) {
    blocks.push({
      kind: 'table',
      title: `${t.forestTitle} – ${surveyTitle(ctx, survey)}`,
      table: buildTable(
        t.forestTitle,
        pick(dimensionColumns(ctx, survey), ['dimension', 'n', 'meanDiff', 'ci']),
        survey.outcomes.dimensions ?? [],
        (row) => row.dimension,
      ),
    });
  }
  // A KPI card shows only the bare •, so the chapter carries the explanation once, as tables do.
  if (items.some((item) => item.cell.hidden))
    blocks.push({ kind: 'note', text: ctx.suppressedLabel, suppressed: true });
  return {
    id: 'zusammenfassung',
    title: t.summaryTitle,
    intro: fill(t.summaryIntro, {
      funder: content.funder.name,
      from: format.date(content.period.from),
      to: format.date(content.period.to),
    }),
    blocks,
  };
}

export function outputsSection(ctx: Context): ReportSection {
  const { t, cells, content } = ctx;
  const funnel = content.funnel ?? [];
  const reach = content.reach;
  const columns = funnelColumns(ctx);
  const steps = ['enrolled', 'completed', 'selfAssessmentPre', 'goalsSet', 'goalAttained'] as const;
  const m = t.metric;
  const hide = reach.suppressed;
  return {
    id: 'leistungen',
    title: t.outputsTitle,
    intro: t.outputsIntro,
    blocks: [
      {
        kind: 'figure',
        title: t.participationTitle,
        layout: 'stack',
        table: buildTable(
          t.participationTitle,
          pick(columns, ['cohort', 'enrolled', 'withdrawn', 'completed', 'completionRate']),
          funnel,
          (row) => row.cohort,
        ),
      },
      {
        kind: 'figure',
        title: t.funnelTitle,
        description: t.funnelDescription,
        layout: 'stack',
        ...(hasVisible(funnel)
          ? {
              chart: {
                kind: 'funnel',
                title: t.funnelTitle,
                ofFirst: t.funnelOfEnrolled,
                legend: t.cohort,
                steps: steps.map((key) => ({ key, label: m[key] })),
                // Suppressed cohorts give null, so no hidden count can reach a scale.
                cohorts: funnel.map((row) => ({
                  cohort: ctx.cohortName(row.cohort),
                  hidden: row.suppressed,
                  values: steps.map((key) => (row.suppressed ? null : (row[key] ?? null))),
                })),
              },
            }
          : {}),
        table: buildTable(t.funnelTitle, pick(columns, ['cohort', ...steps]), funnel, (row) => row.cohort),
      },
      {
        kind: 'figure',
        title: t.activitiesTitle,
        layout: 'stack',
        table: figureTable(
          t.activitiesTitle,
          [t.figure, t.value],
          [
            {
              key: 'multipliers',
              label: t.activitiesMultipliers,
              cell: cells.count(reach.multipliers, hide),
            },
            { key: 'active', label: t.activitiesActive, cell: cells.count(reach.activeMultipliers, hide) },
            { key: 'activities', label: m.activities, cell: cells.count(reach.activities, hide) },
            {
              key: 'educators',
              label: fill(t.reported, { label: m.educatorsReached }),
              cell: cells.count(reach.educatorsReached, hide),
            },
            {
              key: 'youth',
              label: fill(t.estimated, { label: m.youthReached, estimate: t.estimate }),
              cell: cells.count(reach.youthReachedEstimate, hide),
            },
          ],
        ),
      },
    ],
  };
}

/**
 * A title with the cohort it is of (version 4 confines surveys and events to one cohort each):
 * its label ("Qualifizierungsdurchgang 2024/25"), or "Durchgang 2024-25" where none is stored.
 */
function ofCohort({ t, content }: Context, title: string, cohort: string | undefined): string {
  if (!cohort) return title;
  return `${title}, ${content.cohortLabels?.[cohort] ?? `${t.cohort} ${cohort}`}`;
}

function surveyTitle(ctx: Context, survey: ReportSurvey): string {
  const title = fill(ctx.t.surveyTitle, {
    instrument: survey.instrument.name,
    from: ctx.wave(survey.from),
    to: ctx.wave(survey.to),
  });
  return ofCohort(ctx, title, survey.cohort);
}

const PRINTED_DIMENSION_COLUMNS = [
  'dimension',
  'n',
  'meanFromWave',
  'meanToWave',
  'meanDiff',
  'ci',
  'gz',
  'effect',
  'p',
  'alpha',
];

/**
 * The answer scale of reports stored before they carried their instruments' scales (version < 4):
 * their pre/post surveys are the self-assessment's Likert items, 1 (not at all) to 5 (fully).
 */
export const SELF_ASSESSMENT_SCALE = { min: 1, max: 5 } as const;

/**
 * The means axis of a survey's pre/post chart: the instrument's answer scale, as the dashboard
 * draws it, widened only if a shown mean lay outside it (so none is cut off).
 */
function answerScale(survey: ReportSurvey): { scaleMin: number; scaleMax: number } {
  const scale = survey.scale ?? SELF_ASSESSMENT_SCALE;
  const shown = (survey.outcomes.dimensions ?? [])
    .filter((row) => !row.suppressed)
    .flatMap((row) => [row.meanFrom, row.meanTo])
    .filter((v): v is number => typeof v === 'number');
  return { scaleMin: Math.min(scale.min, ...shown), scaleMax: Math.max(scale.max, ...shown) };
}

function surveyBlocks(ctx: Context, survey: ReportSurvey, showResponseRates: boolean): ReportBlock {
  const { t, wave } = ctx;
  const title = surveyTitle(ctx, survey);
  const dimensions = survey.outcomes.dimensions ?? [];
  const shown = (row: PublicDimensionOutcome, value: number | null | undefined) =>
    row.suppressed ? null : (value ?? null);
  const blocks: ReportBlock[] = [
    {
      kind: 'figure',
      title: `${t.forestTitle} – ${title}`,
      description: t.forestDescription,
      layout: 'stack',
      ...(hasVisible(dimensions)
        ? {
            chart: {
              kind: 'forest',
              title,
              labels: {
                n: t.metric.n,
                means: t.forestMeans,
                difference: t.forestDifference,
                ci: t.metric.ci,
              },
              from: { key: survey.from, label: wave(survey.from) },
              to: { key: survey.to, label: wave(survey.to) },
              ...answerScale(survey),
              // Every value is null for a suppressed dimension, so no hidden value reaches a scale.
              rows: dimensions.map((row) => ({
                dimension: dimensionName(t, row.dimension),
                hidden: row.suppressed,
                n: shown(row, row.n),
                meanFrom: shown(row, row.meanFrom),
                meanTo: shown(row, row.meanTo),
                meanDiff: shown(row, row.meanDiff),
                ciLow: shown(row, row.ciLow),
                ciHigh: shown(row, row.ciHigh),
              })),
            },
          }
        : {}),
      table: buildTable(
        title,
        pick(dimensionColumns(ctx, survey), PRINTED_DIMENSION_COLUMNS),
        dimensions,
        (row) => row.dimension,
      ),
    },
  ];
  if (showResponseRates)
    blocks.push({
      kind: 'figure',
      title: ofCohort(ctx, `${t.responseRatesTitle} – ${survey.instrument.name}`, survey.cohort),
      layout: 'stack',
      table: buildTable(
        t.responseRatesTitle,
        pick(rateColumns(ctx), ['cohort', 'wave', 'responded', 'eligible', 'rate']),
        survey.outcomes.responseRates ?? [],
        (row) => `${row.cohort}-${row.wave}`,
      ),
    });
  return { kind: 'group', name: 'survey', blocks };
}

/** Per instrument its first comparison: response rates cover every wave, so a second would repeat them. */
function goalBlocks(ctx: Context, tables: SharedTables): ReportBlock {
  const { t, content, format } = ctx;
  const goals = content.goals;
  const staircase = goals.byStaircaseLevel ?? [];
  const levels = goals.levels ?? [];
  return {
    kind: 'group',
    name: 'goals',
    blocks: [
      {
        kind: 'figure',
        title: t.goalsTitle,
        description: fill(t.goalsIntro, { asOf: format.date(content.asOf) }),
        layout: 'stack',
        table: tables.goals,
      },
      {
        kind: 'figure',
        title: t.staircaseTitle,
        description: t.staircaseDescription,
        layout: 'stack',
        ...(hasVisible(staircase)
          ? {
              chart: {
                kind: 'staircase',
                title: t.staircaseTitle,
                labels: {
                  level: t.staircaseLevel,
                  goals: t.metric.goals,
                  attained: t.metric.attained,
                  output: t.staircaseOutput,
                  outcome: t.staircaseOutcome,
                  impact: t.staircaseImpact,
                },
                levels: staircase.map((row) => ({
                  level: row.level,
                  hidden: row.suppressed,
                  goals: row.suppressed ? null : (row.goals ?? null),
                  attained: row.suppressed ? null : (row.attained ?? null),
                })),
              },
            }
          : {}),
        table: buildTable(
          t.staircaseTitle,
          pick(staircaseColumns(ctx), ['level', 'step', 'goals', 'attained']),
          staircase,
          (row) => String(row.level),
        ),
      },
      {
        kind: 'figure',
        title: t.gasTitle,
        description: t.gasDescription,
        layout: 'side',
        ...(hasVisible(levels)
          ? {
              chart: {
                kind: 'gasLevels',
                title: t.gasTitle,
                unit: t.metric.goals,
                levels: levels.map((row) => ({
                  level: row.level,
                  label: format.signed(row.level, 0),
                  hidden: row.suppressed,
                  goals: row.suppressed ? null : (row.goals ?? null),
                })),
              },
            }
          : {}),
        table: buildTable(
          t.gasTitle,
          pick(gasColumns(ctx), ['signedLevel', 'meaning', 'goals']),
          levels,
          (row) => String(row.level),
        ),
      },
    ],
  };
}

export function outcomesSection(ctx: Context, tables: SharedTables): ReportSection {
  const surveys = ctx.content.surveys ?? [];
  const firsts = new Set(firstPerInstrument(surveys));
  return {
    id: 'wirkungen',
    title: ctx.t.outcomesTitle,
    intro: ctx.t.outcomesIntro,
    blocks: [
      ...surveys.map((survey) => surveyBlocks(ctx, survey, firsts.has(survey))),
      goalBlocks(ctx, tables),
    ],
  };
}

export function reachSection(ctx: Context, tables: SharedTables): ReportSection {
  const { t, cells, content } = ctx;
  const reach = content.reach;
  const byState = reach.byState ?? [];
  const byMonth = reach.byMonth ?? [];
  const m = t.metric;
  const hide = reach.suppressed;
  const stages = [
    { key: 'multipliers', label: m.multipliers, value: reach.multipliers, estimate: false },
    { key: 'activities', label: m.activities, value: reach.activities, estimate: false },
    { key: 'initiatives', label: m.initiativesReached, value: reach.initiativesReached, estimate: false },
    {
      key: 'educators',
      label: fill(t.reported, { label: m.educatorsReached }),
      value: reach.educatorsReached,
      estimate: false,
    },
    { key: 'youth', label: m.youthReached, value: reach.youthReachedEstimate, estimate: true },
  ];
  const stateName = (code: string) => t.states[code as keyof typeof t.states] ?? code;
  return {
    id: 'reichweite',
    title: t.reachTitle,
    intro: t.reachIntro,
    blocks: [
      {
        kind: 'figure',
        title: t.cascadeTitle,
        description: t.cascadeDescription,
        layout: 'side',
        ...(!hide
          ? {
              chart: {
                kind: 'cascade',
                title: t.cascadeTitle,
                estimate: t.estimate,
                stages: stages.map((s) => ({ ...s, value: s.value ?? null })),
              },
            }
          : {}),
        table: buildTable(
          t.cascadeTitle,
          [
            { key: 'stage', header: t.cascadeStage, cell: (s) => cells.text(s.label), rowHeader: true },
            { key: 'count', header: t.cascadeCount, cell: (s) => cells.count(s.value, hide) },
          ],
          stages,
          (s) => s.key,
        ),
        extra: { label: m.multiplierFactor, cell: cells.decimal(reach.multiplierFactor, 1, hide) },
      },
      {
        kind: 'figure',
        title: t.stateMapTitle,
        description: t.stateMapDescription,
        layout: 'side',
        ...(hasVisible(byState)
          ? {
              chart: {
                kind: 'stateMap',
                title: t.stateMapTitle,
                valueLabel: m.initiativesReached,
                noData: t.noDataShort,
                // Null for suppressed states, so no hidden value can reach the colour scale or its legend.
                states: byState.map((row) => ({
                  state: row.state,
                  name: stateName(row.state),
                  hidden: row.suppressed,
                  value: row.suppressed ? null : (row.initiativesReached ?? null),
                })),
              },
            }
          : {}),
        table: buildTable(
          t.stateMapTitle,
          pick(stateColumns(ctx), ['state', 'networks', 'networksReached', 'initiatives', 'multipliers']),
          byState,
          (row) => row.state,
        ),
      },
      {
        kind: 'figure',
        title: t.monthTitle,
        description: t.monthDescription,
        layout: 'stack',
        ...(hasVisible(byMonth)
          ? {
              chart: {
                kind: 'months',
                title: t.monthTitle,
                cumulativeTitle: t.cumulativeTitle,
                legend: t.month,
                series: [
                  { key: 'activities', label: m.activities },
                  { key: 'initiatives', label: m.initiativesReached },
                ],
                months: byMonth.map((row) => ({
                  month: row.month,
                  hidden: row.suppressed,
                  activities: row.suppressed ? null : (row.activities ?? null),
                  initiatives: row.suppressed ? null : (row.initiativesReached ?? null),
                  cumulative: row.suppressed ? null : (row.cumulativeInitiativesReached ?? null),
                })),
              },
            }
          : {}),
        table: tables.months,
      },
    ],
  };
}

export function eventsSection(ctx: Context, tables: SharedTables): ReportSection {
  const { t, cells } = ctx;
  const events = ctx.content.events ?? [];
  const blocks: ReportBlock[] = [];
  if (events.length === 0) blocks.push({ kind: 'note', text: t.noEvents });
  for (const event of events) {
    const name = ofCohort(ctx, event.instrument.name, event.cohort);
    const hide = event.feedback.suppressed;
    blocks.push({
      kind: 'kpis',
      pair: true,
      items: [
        {
          key: `${event.instrument.key}-${event.cohort ?? ''}-responses`,
          label: `${t.metric.responses} – ${name}`,
          cell: cells.count(event.feedback.responses, hide),
        },
        {
          key: `${event.instrument.key}-${event.cohort ?? ''}-nps`,
          label: `${t.metric.nps} – ${name}`,
          cell: cells.signed(event.feedback.nps, 0, hide),
          description: t.npsScale,
        },
      ],
    });
  }
  if (events.length > 0)
    blocks.push({ kind: 'figure', title: t.eventsTitle, layout: 'stack', table: tables.events });
  return { id: 'transferwerkstatt', title: t.eventsTitle, intro: t.eventsIntro, blocks };
}

export function methodsSection(ctx: Context, facts: Facts): ReportSection {
  const { t, cells, content, k } = ctx;
  const sources = content.sources ?? [];
  return {
    id: 'methodik',
    title: t.methodsTitle,
    intro: t.methodsIntro,
    blocks: [
      // Where the numbers come from and which version they are, first and compact: at the end
      // they used to spill onto a last page of their own.
      { kind: 'subtitle', text: `${t.sourcesTitle}, ${t.versionTitle}` },
      { kind: 'paragraph', text: t.sourcesIntro },
      // By number and date only (a snapshot stored before 2026-12-05 also lists files: not shown).
      sources.length === 0
        ? { kind: 'note', text: t.noSources }
        : {
            kind: 'table',
            title: '',
            table: buildTable(
              t.sourcesTitle,
              [
                {
                  key: 'batch',
                  header: t.sourceBatch,
                  cell: (s) => cells.text(String(s.id)),
                  rowHeader: true,
                },
                { key: 'date', header: t.sourceDate, cell: (s) => cells.date(s.finishedOn) },
              ],
              sources,
              (s) => String(s.id),
            ),
          },
      {
        kind: 'facts',
        facts: factList(facts, ['asOf', 'definitionsVersion', 'reportId', 'createdBy', 'fingerprint'], false),
      },
      { kind: 'subtitle', text: t.definitionsTitle },
      { kind: 'definitions', entries: t.definitions },
      { kind: 'subtitle', text: t.suppressionTitle },
      { kind: 'paragraph', text: fill(t.suppressionRule, { k, k1: k - 1 }) },
    ],
  };
}
