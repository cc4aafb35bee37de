import {
  type PublicCohortFunnel,
  type PublicDimensionOutcome,
  type PublicLevelCount,
  type PublicMonthReach,
  type PublicStaircaseCount,
  type PublicStateReach,
  type PublicWaveResponseRate,
  type ReportEvent,
  type ReportSurvey,
} from '@mintq/contract';
import { dimensionName, fill, type ReportCatalogue } from './catalogue/index.js';
import { buildTable, type CellMaker, type ColumnSpec, type Figure, figureTable } from './cells.js';
import type { Context } from './context.js';
import type { ReportCell, ReportTable } from './model.js';

// The columns of the report's tables: each figure named and formatted once, picked by the PDF's
// tables and the annex's sheets that show it.

/** A column of counts hidden together with their row, e.g. a suppressed state's initiatives. */
function countColumn<T extends { suppressed: boolean }>(
  cells: CellMaker,
  key: string,
  header: string,
  value: (row: T) => number | null | undefined,
): ColumnSpec<T> {
  return { key, header, cell: (row) => cells.count(value(row), row.suppressed) };
}

export function funnelColumns({
  t,
  cells,
  cohortName,
}: Context): Record<string, ColumnSpec<PublicCohortFunnel>> {
  const count = (key: keyof PublicCohortFunnel & keyof typeof t.metric): ColumnSpec<PublicCohortFunnel> => ({
    key,
    header: t.metric[key],
    cell: (row) => cells.count(row[key] as number | null, row.suppressed),
  });
  return {
    cohort: {
      key: 'cohort',
      header: t.cohort,
      cell: (row) => cells.text(cohortName(row.cohort)),
      rowHeader: true,
    },
    enrolled: count('enrolled'),
    withdrawn: count('withdrawn'),
    completed: count('completed'),
    completionRate: {
      key: 'completionRate',
      header: t.metric.completionRate,
      // A cohort nobody enrolled in has no rate, not a rate of 0.
      cell: (row) =>
        cells.percent(
          typeof row.enrolled === 'number' && typeof row.completed === 'number' && row.enrolled > 0
            ? row.completed / row.enrolled
            : null,
          0,
          row.suppressed,
        ),
    },
    selfAssessmentPre: count('selfAssessmentPre'),
    goalsSet: count('goalsSet'),
    goalAttained: count('goalAttained'),
  };
}

export function stateColumns({ t, cells }: Context): Record<string, ColumnSpec<PublicStateReach>> {
  return {
    code: { key: 'code', header: t.stateCode, cell: (row) => cells.text(row.state) },
    state: {
      key: 'state',
      header: t.state,
      cell: (row) => cells.text(t.states[row.state as keyof typeof t.states] ?? row.state),
      rowHeader: true,
    },
    networks: { key: 'networks', header: t.metric.networks, cell: (row) => cells.count(row.networks) },
    networksReached: countColumn(
      cells,
      'networksReached',
      t.metric.networksReached,
      (row) => row.networksReached,
    ),
    initiatives: countColumn(
      cells,
      'initiatives',
      t.metric.initiativesReached,
      (row) => row.initiativesReached,
    ),
    multipliers: countColumn(cells, 'multipliers', t.metric.multipliers, (row) => row.multipliers),
  };
}

export function monthColumns({ t, cells }: Context): ColumnSpec<PublicMonthReach>[] {
  return [
    { key: 'month', header: t.month, cell: (row) => cells.month(row.month), rowHeader: true },
    countColumn(cells, 'activities', t.metric.activities, (row) => row.activities),
    countColumn(cells, 'initiatives', t.metric.initiativesReached, (row) => row.initiativesReached),
    countColumn(
      cells,
      'cumulative',
      t.metric.cumulativeInitiatives,
      (row) => row.cumulativeInitiativesReached,
    ),
  ];
}

/** The usual thresholds for a standardised mean difference (Cohen 1988). */
function effectLabel(t: ReportCatalogue, g: number): string {
  const size = Math.abs(g);
  if (size >= 0.8) return t.effectLarge;
  if (size >= 0.5) return t.effectMedium;
  if (size >= 0.2) return t.effectSmall;
  return t.effectNone;
}

/** The columns of a comparison's table, one row per dimension; the annex adds instrument and waves. */
export function dimensionColumns(
  { t, cells, format, wave }: Context,
  survey: Pick<ReportSurvey, 'from' | 'to'>,
): Record<string, ColumnSpec<PublicDimensionOutcome>> {
  const m = t.metric;
  const stat = (
    key: keyof PublicDimensionOutcome & keyof typeof m,
    make: (value: number | null, hidden: boolean) => ReportCell = (v, h) => cells.decimal(v, 2, h),
  ): ColumnSpec<PublicDimensionOutcome> => ({
    key,
    header: m[key],
    cell: (row) => make(row[key] as number | null, row.suppressed),
  });
  const text = (key: string, header: string, value: (row: PublicDimensionOutcome) => string | null) => ({
    key,
    header,
    cell: (row: PublicDimensionOutcome) => cells.text(row.suppressed ? null : value(row), row.suppressed),
  });
  const both = (a: number | null | undefined, b: number | null | undefined) =>
    (a ?? null) === null || (b ?? null) === null ? null : [a as number, b as number];
  return {
    dimension: {
      key: 'dimension',
      header: m.dimension,
      cell: (row) => cells.text(dimensionName(t, row.dimension)),
      rowHeader: true,
    },
    n: stat('n', (v, h) => cells.count(v, h)),
    meanFrom: stat('meanFrom'),
    meanTo: stat('meanTo'),
    meanFromWave: { ...stat('meanFrom'), header: fill(t.meanOf, { wave: wave(survey.from) }) },
    meanToWave: { ...stat('meanTo'), header: fill(t.meanOf, { wave: wave(survey.to) }) },
    meanDiff: stat('meanDiff', (v, h) => cells.signed(v, 2, h)),
    sdDiff: stat('sdDiff'),
    ci: text('ci', m.ci, (row) => {
      const ci = both(row.ciLow, row.ciHigh);
      return ci ? `[${format.signed(ci[0])}; ${format.signed(ci[1])}]` : null;
    }),
    ciLow: stat('ciLow'),
    ciHigh: stat('ciHigh'),
    t: stat('t'),
    df: stat('df', (v, h) => cells.count(v, h)),
    p: stat('p', (v, h) => cells.pValue(v, h)),
    dz: stat('dz'),
    gz: stat('gz', (v, h) => cells.signed(v, 2, h)),
    effect: text('effect', t.effect, (row) => (typeof row.gz === 'number' ? effectLabel(t, row.gz) : null)),
    alphaFrom: stat('alphaFrom'),
    alphaTo: stat('alphaTo'),
    alpha: text('alpha', fill(t.alphaBoth, { from: wave(survey.from), to: wave(survey.to) }), (row) =>
      (row.alphaFrom ?? null) === null && (row.alphaTo ?? null) === null
        ? null
        : `${format.decimal(row.alphaFrom)} / ${format.decimal(row.alphaTo)}`,
    ),
  };
}

export function rateColumns({
  t,
  cells,
  wave,
  cohortName,
}: Context): Record<string, ColumnSpec<PublicWaveResponseRate>> {
  return {
    cohort: {
      key: 'cohort',
      header: t.cohort,
      cell: (row) => cells.text(cohortName(row.cohort)),
      rowHeader: true,
    },
    wave: { key: 'wave', header: t.wave, cell: (row) => cells.text(wave(row.wave)) },
    responded: countColumn(cells, 'responded', t.metric.responses, (row) => row.responded),
    eligible: countColumn(cells, 'eligible', t.metric.eligible, (row) => row.eligible),
    rate: {
      key: 'rate',
      header: t.metric.responseRate,
      cell: (row) => cells.percent(row.rate, 0, row.suppressed),
    },
  };
}

/** The tables the PDF prints and the annex writes alike. */
export interface SharedTables {
  months: ReportTable;
  goals: ReportTable;
  events: ReportTable;
}

export function sharedTables(ctx: Context): SharedTables {
  const { t, cells, content } = ctx;
  const reach = content.reach;
  const goals = content.goals;
  const hide = goals.suppressed;
  const m = t.metric;
  const goalFigures: Figure[] = [
    { key: 'goals', label: m.goals, cell: cells.count(goals.goals, hide) },
    { key: 'attained', label: m.attained, cell: cells.count(goals.attained, hide) },
    { key: 'notAttained', label: m.notAttained, cell: cells.count(goals.notAttained, hide) },
    { key: 'noData', label: m.noCheckin, cell: cells.count(goals.noData, hide) },
    { key: 'overdue', label: m.overdue, cell: cells.count(goals.overdue, hide) },
    { key: 'rate', label: m.attainmentRate, cell: cells.percent(goals.attainmentRate, 0, hide) },
    { key: 'meanT', label: m.meanTScore, cell: cells.decimal(goals.meanTScore, 1, hide) },
    { key: 'tParticipants', label: m.tScoreParticipants, cell: cells.count(goals.tScoreParticipants, hide) },
    { key: 'checkins', label: m.checkins, cell: cells.count(goals.checkins, hide) },
  ];
  return {
    months: buildTable(t.monthTitle, monthColumns(ctx), reach.byMonth ?? [], (row) => row.month),
    goals: figureTable(t.goalsTitle, [t.figure, t.value], goalFigures),
    events: buildTable(
      t.eventsTitle,
      [
        {
          key: 'instrument',
          header: t.instrument,
          cell: (row: ReportEvent) => cells.text(row.instrument.name),
          rowHeader: true,
        },
        // Since version 4 each cohort of the period has its own feedback.
        ...((content.events ?? []).some((row) => row.cohort)
          ? [
              {
                key: 'cohort',
                header: t.cohort,
                cell: (row: ReportEvent) => cells.text(row.cohort && ctx.cohortName(row.cohort)),
              },
            ]
          : []),
        {
          key: 'responses',
          header: m.responses,
          cell: (row: ReportEvent) => cells.count(row.feedback.responses, row.feedback.suppressed),
        },
        {
          key: 'nps',
          header: m.nps,
          cell: (row: ReportEvent) => cells.signed(row.feedback.nps, 0, row.feedback.suppressed),
        },
      ],
      content.events ?? [],
      (row) => `${row.instrument.key}|${row.cohort ?? ''}`,
    ),
  };
}

export function firstPerInstrument(surveys: readonly ReportSurvey[]): ReportSurvey[] {
  const same = (a: ReportSurvey, b: ReportSurvey) =>
    a.instrument.key === b.instrument.key && a.cohort === b.cohort;
  return surveys.filter((s, i) => surveys.findIndex((o) => same(o, s)) === i);
}

export function staircaseColumns({ t, cells }: Context): Record<string, ColumnSpec<PublicStaircaseCount>> {
  return {
    level: {
      key: 'level',
      header: t.staircaseLevel,
      cell: (row) => cells.count(row.level),
      rowHeader: true,
      text: true,
    },
    step: {
      key: 'step',
      header: t.meaning,
      cell: (row) => cells.text(t.staircaseSteps[row.level - 1] ?? ''),
    },
    goals: countColumn(cells, 'goals', t.metric.goals, (row) => row.goals),
    attained: countColumn(cells, 'attained', t.metric.attained, (row) => row.attained),
  };
}

export function gasColumns({ t, cells, format }: Context): Record<string, ColumnSpec<PublicLevelCount>> {
  return {
    level: { key: 'level', header: t.gasLevel, cell: (row) => cells.count(row.level) },
    signedLevel: {
      key: 'level',
      header: t.gasLevel,
      cell: (row) => cells.text(format.signed(row.level, 0)),
      rowHeader: true,
    },
    meaning: {
      key: 'meaning',
      header: t.meaning,
      cell: (row) => cells.text(t.gasLevels[String(row.level)] ?? ''),
    },
    goals: countColumn(cells, 'goals', t.metric.goals, (row) => row.goals),
  };
}
