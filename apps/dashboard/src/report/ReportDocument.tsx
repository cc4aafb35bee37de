import type { ReportSnapshot } from '@mintq/contract';
import { buildReportModel } from '@mintq/report-model';
import { useMemo } from 'react';
import './report.css';
import { CoverPage } from './CoverPage.js';
import { ReportBlocks } from './ReportBlocks.js';
import { ReportChapter } from './ReportChapter.js';

/** Props of {@link ReportDocument}. */
export interface ReportDocumentProps {
  /** The frozen report as the server stores it. */
  snapshot: ReportSnapshot;
}

/**
 * A whole funder report from its snapshot, in the snapshot's language: cover, summary, then
 * outputs, outcomes and reach after the Social Reporting Standard, event feedback and methods.
 * The chapters are the report model's (@mintq/report-model), which the XLSX annex renders too.
 * Renders the same in the printed PDF and in the dashboard's preview.
 */
export function ReportDocument({ snapshot }: ReportDocumentProps) {
  const model = useMemo(() => buildReportModel(snapshot), [snapshot]);
  return (
    <article className="rp-document" lang={model.language}>
      <CoverPage model={model} />
      {model.sections.map((section) => (
        <ReportChapter key={section.id} id={section.id} title={section.title} intro={section.intro}>
          <ReportBlocks blocks={section.blocks} model={model} />
        </ReportChapter>
      ))}
    </article>
  );
}
