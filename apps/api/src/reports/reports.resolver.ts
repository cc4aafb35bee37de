import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { DateScalar } from '../common/date.scalar.js';
import { type ReportSummary, ReportsService } from './reports.service.js';
import { FunderReportType } from './reports.types.js';

/** The GraphQL shape of a report, with its download paths. */
export function toFunderReportType(report: ReportSummary): FunderReportType {
  const base = `/api/reports/${report.id}`;
  return {
    id: report.id,
    funder: report.funder,
    from: report.from,
    to: report.to,
    language: report.language,
    createdAt: report.createdAt.toISOString(),
    contentHash: report.contentHash,
    pdfUrl: `${base}.pdf`,
    xlsxUrl: `${base}.xlsx`,
    jsonUrl: `${base}.json`,
  };
}

@Resolver(() => FunderReportType)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Can('generateReports')
  @Mutation(() => FunderReportType, {
    description: "Computes and freezes a funder report on the funder's scope, with suppression.",
  })
  async generateFunderReport(
    @CurrentViewer() viewer: Viewer,
    @Args('funder', { type: () => String }) funder: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('language', { type: () => String, nullable: true, defaultValue: 'de' }) language: string | null,
  ): Promise<FunderReportType> {
    return toFunderReportType(await this.service.generate(viewer, { funder, from, to, language }));
  }

  @Can('readReports')
  @Query(() => [FunderReportType], {
    description: 'Stored funder reports, newest first; FUNDER users see only their own.',
  })
  async reports(
    @CurrentViewer() viewer: Viewer,
    @Args('funder', { type: () => String, nullable: true }) funder: string | null,
  ): Promise<FunderReportType[]> {
    return (await this.service.list(viewer, funder)).map(toFunderReportType);
  }
}
