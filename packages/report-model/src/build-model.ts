import { type ReportSnapshot, readReportContent } from '@mintq/contract';
import { annexSheets } from './annex.js';
import { fill, reportCatalogue } from './catalogue/index.js';
import { createCellMaker } from './cells.js';
import { sharedTables } from './columns.js';
import { type Context, factList, reportFacts } from './context.js';
import { createReportFormat } from './format.js';
import type { ReportModel } from './model.js';
import {
  eventsSection,
  methodsSection,
  outcomesSection,
  outputsSection,
  reachSection,
  summarySection,
} from './sections.js';

/**
 * The model of a stored funder report: its chapters as the PDF prints them and the sheets of
 * its XLSX annex, in the report's language, from the snapshot alone. A report stored in an older
 * shape is read through `readReportContent`; a figure it lacks shows as "–".
 */
export function buildReportModel(snapshot: ReportSnapshot): ReportModel {
  const content = readReportContent(snapshot.content);
  const language = content.language === 'en' ? 'en' : 'de';
  const t = reportCatalogue[language];
  const format = createReportFormat(language);
  const k = content.suppressionK;
  const ctx: Context = {
    t,
    format,
    cells: createCellMaker(format),
    content,
    k,
    suppressedLabel: fill(t.suppressed, { k }),
    wave: (kind) => t.waves[kind as keyof typeof t.waves] ?? kind,
    cohortName: (key) => content.cohortLabels?.[key] ?? key,
  };
  const facts = reportFacts(ctx, snapshot.meta);
  const tables = sharedTables(ctx);
  const sections = [
    summarySection(ctx),
    outputsSection(ctx),
    outcomesSection(ctx, tables),
    reachSection(ctx, tables),
    eventsSection(ctx, tables),
    methodsSection(ctx, facts),
  ];
  return {
    language,
    locale: format.locale,
    documentTitle: fill(t.documentTitle, {
      funder: content.funder.name,
      from: content.period.from,
      to: content.period.to,
    }),
    suppressedLabel: ctx.suppressedLabel,
    missing: t.missing,
    cover: {
      brand: content.programme,
      title: t.reportTitle,
      funder: content.funder.name,
      subtitle: t.reportSubtitle,
      facts: factList(facts, ['funder', 'programme', 'period', 'asOf', 'createdOn', 'fingerprint']),
      contentsTitle: t.contents,
      privacy: fill(t.coverPrivacy, { k }),
      ...(content.cohorts
        ? {
            scope: fill(t.coverScope, {
              from: format.date(content.period.from),
              to: format.date(content.period.to),
              cohorts: content.cohorts.map(ctx.cohortName).join(', ') || t.noCohorts,
              asOf: format.date(content.asOf),
            }),
          }
        : {}),
    },
    sections,
    annex: annexSheets(ctx, tables, facts),
  };
}
