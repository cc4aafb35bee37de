import { useI18n } from '../../../i18n/useI18n.js';
import { useReportDownload } from '../hooks/useReportDownload.js';
import type { StoredReport } from '../hooks/useReports.js';
import { useReportsPageMessages } from '../hooks/useReportsPageMessages.js';

/** Props of {@link ReportList}. */
export interface ReportListProps {
  reports: readonly StoredReport[];
  /** The report whose preview is open, if any. */
  previewId: string | null;
  onPreview: (id: string | null) => void;
}

/** Stored reports with funder, period, language, creation and fingerprint; preview and downloads. */
export function ReportList({ reports, previewId, onPreview }: ReportListProps) {
  const m = useReportsPageMessages();
  const { format } = useI18n();
  const { download, pending, failure } = useReportDownload();
  return (
    <>
      <div className="mq-table-wrap">
        <table className="mq-table">
          <caption className="mq-sr-only">{m.listTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.funder}</th>
              <th scope="col">{m.period}</th>
              <th scope="col">{m.language}</th>
              <th scope="col">{m.created}</th>
              <th scope="col">{m.fingerprint}</th>
              <th scope="col">{m.actions}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => {
              const period = `${format.date(report.from)} – ${format.date(report.to)}`;
              const base = `mintq-${report.language === 'en' ? 'report' : 'bericht'}-${report.funder.key}-${report.from}-${report.to}`;
              const file = (url: string, label: string, extension: string) => (
                <button
                  type="button"
                  className="mq-button mq-button--quiet"
                  disabled={pending === url}
                  aria-label={m.downloadLabel(label, report.funder.name, period)}
                  onClick={() => void download(url, `${base}.${extension}`)}
                >
                  {pending === url ? m.downloading : label}
                </button>
              );
              return (
                <tr key={report.id} aria-current={report.id === previewId ? 'true' : undefined}>
                  <th scope="row">{report.funder.name}</th>
                  <td>{period}</td>
                  <td>{report.language === 'en' ? m.english : m.german}</td>
                  <td>{format.dateTime(report.createdAt)}</td>
                  <td>
                    {/* The first 12 hex digits tell reports apart; the full hash is on the PDF's cover. */}
                    <code title={report.contentHash}>{report.contentHash.slice(0, 12)}</code>
                  </td>
                  <td className="rq-actions">
                    <button
                      type="button"
                      className="mq-button mq-button--quiet"
                      aria-pressed={report.id === previewId}
                      onClick={() => onPreview(report.id === previewId ? null : report.id)}
                    >
                      {m.preview}
                    </button>
                    {file(report.pdfUrl, m.downloadPdf, 'pdf')}
                    {file(report.xlsxUrl, m.downloadXlsx, 'xlsx')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {failure ? (
        <p className="mq-app-error" role="alert">
          {m.downloadFailed(failure.status)}
        </p>
      ) : null}
    </>
  );
}
