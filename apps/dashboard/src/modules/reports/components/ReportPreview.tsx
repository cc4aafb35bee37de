import { LoadingState } from '@mintq/ui';
import { useId } from 'react';
import { ReportDocument } from '../../../report/ReportDocument.js';
import { useReportSnapshot } from '../hooks/useReportSnapshot.js';
import type { StoredReport } from '../hooks/useReports.js';
import { useReportsPageMessages } from '../hooks/useReportsPageMessages.js';

/** Props of {@link ReportPreview}. */
export interface ReportPreviewProps {
  report: StoredReport;
  onClose: () => void;
}

/** The stored report rendered in the page by the same component the PDF is printed from. */
export function ReportPreview({ report, onClose }: ReportPreviewProps) {
  const m = useReportsPageMessages();
  const id = useId();
  const { snapshot, loading, failed } = useReportSnapshot(report.jsonUrl);
  return (
    <section className="mq-app-card rq-preview" aria-labelledby={`${id}-title`}>
      <div className="rq-preview__header">
        <h2 className="mq-app-section-title" id={`${id}-title`}>
          {m.previewTitle(report.funder.name)}
        </h2>
        <button type="button" className="mq-button mq-button--quiet" onClick={onClose}>
          {m.closePreview}
        </button>
      </div>
      {loading ? <LoadingState label={m.previewLoading} /> : null}
      {failed ? (
        <p className="mq-app-error" role="alert">
          {m.previewFailed}
        </p>
      ) : null}
      {snapshot ? (
        <div className="rq-preview__sheet">
          <ReportDocument snapshot={snapshot} />
        </div>
      ) : null}
    </section>
  );
}
