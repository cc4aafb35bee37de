import { LoadingState } from '@mintq/ui';
import { SectionCard } from '../../../common/components/SectionCard.js';
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
  const { snapshot, loading, failed } = useReportSnapshot(report.jsonUrl);
  return (
    <SectionCard
      title={m.previewTitle(report.funder.name)}
      className="rq-preview"
      headerClassName="rq-preview__header"
      tools={
        <button type="button" className="mq-button mq-button--quiet" onClick={onClose}>
          {m.closePreview}
        </button>
      }
    >
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
    </SectionCard>
  );
}
