import type { ReportSnapshot } from '@mintq/contract';
import { useMemo } from 'react';
import './report.css';
import { createReportLocale, ReportLocaleContext } from './report-locale.js';
import { CoverPage } from './sections/CoverPage.js';
import { EventFeedbackSection } from './sections/EventFeedbackSection.js';
import { MethodsSection } from './sections/MethodsSection.js';
import { OutcomesSection } from './sections/OutcomesSection.js';
import { OutputsSection } from './sections/OutputsSection.js';
import { ReachSection } from './sections/ReachSection.js';
import { SummarySection } from './sections/SummarySection.js';

/** Props of {@link ReportDocument}. */
export interface ReportDocumentProps {
  /** The frozen report as the server stores it. */
  snapshot: ReportSnapshot;
}

/**
 * A whole funder report from its snapshot, in the snapshot's language: cover, summary, then
 * outputs, outcomes and reach after the Social Reporting Standard, event feedback and methods.
 * Renders the same in the printed PDF and in the dashboard's preview.
 */
export function ReportDocument({ snapshot }: ReportDocumentProps) {
  const { content, meta } = snapshot;
  const locale = useMemo(
    () => createReportLocale(content.language, content.suppressionK),
    [content.language, content.suppressionK],
  );
  const { t } = locale;
  const chapters = [
    { id: 'zusammenfassung', title: t.summaryTitle },
    { id: 'leistungen', title: t.outputsTitle },
    { id: 'wirkungen', title: t.outcomesTitle },
    { id: 'reichweite', title: t.reachTitle },
    { id: 'transferwerkstatt', title: t.eventsTitle },
    { id: 'methodik', title: t.methodsTitle },
  ];
  return (
    <ReportLocaleContext.Provider value={locale}>
      <article className="rp-document" lang={content.language}>
        <CoverPage snapshot={snapshot} chapters={chapters} />
        <SummarySection content={content} />
        <OutputsSection content={content} />
        <OutcomesSection content={content} />
        <ReachSection content={content} />
        <EventFeedbackSection content={content} />
        <MethodsSection content={content} meta={meta} />
      </article>
    </ReportLocaleContext.Provider>
  );
}
