import { FUNNEL_STEPS } from '@mintq/contract';
import { fill } from './catalogue/index.js';
import { buildTable, type ColumnSpec, figureTable, pick } from './cells.js';
import * as columns from './columns.js';
import type { Context, FactKey, Facts } from './context.js';
import type { AnnexSheet, ReportTable } from './model.js';

// The XLSX annex: one sheet per table, numbers as numbers, the same headings as the PDF.

export function annexSheets(ctx: Context, tables: columns.SharedTables, facts: Facts): AnnexSheet[] {
  const { t, cells, content, k } = ctx;
  const { reach, goals } = content;
  const surveys = content.surveys ?? [];
  const m = t.metric;
  const hide = reach.suppressed;
  const sheet = (name: string, table: ReportTable): AnnexSheet => ({ name, table });
  const s = t.sheets;
  const reportKeys: FactKey[] = [
    'funder',
    'programme',
    'periodFrom',
    'periodTo',
    'asOf',
    'minimumGroup',
    'definitionsVersion',
    'reportId',
    'fingerprint',
    'createdOn',
    'createdBy',
  ];
  // Every comparison of an instrument: its instrument and waves before the dimension's figures.
  const dimensionRows = surveys.flatMap((survey) =>
    (survey.outcomes.dimensions ?? []).map((row) => ({ survey, row })),
  );
  type DimensionRow = (typeof dimensionRows)[number];
  const anyColumns = columns.dimensionColumns(ctx, { from: 'PRE', to: 'POST' });
  const dimensionKeys = ['dimension', 'n', 'meanFrom', 'meanTo', 'meanDiff', 'sdDiff', 'ciLow', 'ciHigh'];
  const statKeys = ['t', 'df', 'p', 'dz', 'gz', 'alphaFrom', 'alphaTo'];
  const surveyColumns: ColumnSpec<DimensionRow>[] = [
    { key: 'instrument', header: t.instrument, cell: ({ survey }) => cells.text(survey.instrument.name) },
    // Since version 4 each cohort of the period has its own comparison.
    ...(surveys.some((survey) => survey.cohort)
      ? [
          {
            key: 'cohort',
            header: t.cohort,
            cell: ({ survey }: DimensionRow) => cells.text(survey.cohort && ctx.cohortName(survey.cohort)),
          },
        ]
      : []),
    { key: 'from', header: t.comparisonFrom, cell: ({ survey }) => cells.text(ctx.wave(survey.from)) },
    { key: 'to', header: t.comparisonTo, cell: ({ survey }) => cells.text(ctx.wave(survey.to)) },
    ...pick(anyColumns, [...dimensionKeys, ...statKeys]).map((spec) => ({
      key: spec.key,
      header: spec.header,
      cell: ({ row }: DimensionRow) => spec.cell(row),
    })),
  ];
  const rateRows = columns
    .firstPerInstrument(surveys)
    .flatMap((survey) => (survey.outcomes.responseRates ?? []).map((row) => ({ survey, row })));
  type RateRow = (typeof rateRows)[number];
  const rates = columns.rateColumns(ctx);
  const rateTable: ColumnSpec<RateRow>[] = [
    { key: 'instrument', header: t.instrument, cell: ({ survey }) => cells.text(survey.instrument.name) },
    ...pick(rates, ['cohort', 'wave', 'responded', 'eligible', 'rate']).map((spec) => ({
      key: spec.key,
      header: spec.header,
      cell: ({ row }: RateRow) => spec.cell(row),
    })),
  ];
  const glossary = [
    ...t.definitions.map((d) => [d.term, d.text] as const),
    [t.suppressionTitle, fill(t.suppressionRule, { k, k1: k - 1 })] as const,
    // Import batches by number and date: no file names or hashes (they describe other funders' data too).
    ...(content.sources ?? []).map(
      (source) => [t.source, fill(t.sourceText, { id: source.id, date: source.finishedOn })] as const,
    ),
  ];
  return [
    sheet(
      s.report,
      figureTable(
        s.report,
        [t.item, t.value],
        reportKeys.map((key) => ({ key, label: facts[key].label, cell: facts[key].cell })),
      ),
    ),
    sheet(
      s.reach,
      figureTable(
        s.reach,
        [t.figure, t.value],
        [
          { key: 'multipliers', label: m.multipliers, cell: cells.count(reach.multipliers, hide) },
          { key: 'active', label: m.activeMultipliers, cell: cells.count(reach.activeMultipliers, hide) },
          { key: 'activities', label: m.activities, cell: cells.count(reach.activities, hide) },
          {
            key: 'initiatives',
            label: m.initiativesReached,
            cell: cells.count(reach.initiativesReached, hide),
          },
          { key: 'educators', label: m.educatorsReached, cell: cells.count(reach.educatorsReached, hide) },
          {
            key: 'youth',
            label: fill(t.estimated, { label: m.youthReached, estimate: t.estimate }),
            cell: cells.count(reach.youthReachedEstimate, hide),
          },
          { key: 'factor', label: m.multiplierFactor, cell: cells.decimal(reach.multiplierFactor, 2, hide) },
        ],
      ),
    ),
    sheet(
      s.states,
      buildTable(
        s.states,
        pick(columns.stateColumns(ctx), [
          'code',
          'state',
          'networks',
          'networksReached',
          'initiatives',
          'multipliers',
        ]),
        reach.byState ?? [],
        (row) => row.state,
      ),
    ),
    sheet(s.months, tables.months),
    sheet(
      s.cohorts,
      buildTable(
        s.cohorts,
        pick(columns.funnelColumns(ctx), ['cohort', ...FUNNEL_STEPS]),
        content.funnel ?? [],
        (row) => row.cohort,
      ),
    ),
    sheet(s.goals, tables.goals),
    sheet(
      s.gasLevels,
      buildTable(s.gasLevels, pick(columns.gasColumns(ctx), ['level', 'goals']), goals.levels ?? [], (row) =>
        String(row.level),
      ),
    ),
    sheet(
      s.staircase,
      buildTable(
        s.staircase,
        pick(columns.staircaseColumns(ctx), ['level', 'goals', 'attained']),
        goals.byStaircaseLevel ?? [],
        (row) => String(row.level),
      ),
    ),
    sheet(
      s.surveys,
      buildTable(s.surveys, surveyColumns, dimensionRows, (_, i) => String(i)),
    ),
    sheet(
      s.responseRates,
      buildTable(s.responseRates, rateTable, rateRows, (_, i) => String(i)),
    ),
    sheet(s.events, tables.events),
    sheet(
      s.definitions,
      buildTable(
        s.definitions,
        [
          { key: 'term', header: t.term, cell: ([term]) => cells.text(term) },
          { key: 'text', header: t.explanation, cell: ([, text]) => cells.text(text) },
        ],
        glossary,
        (_, i) => String(i),
      ),
    ),
  ];
}
