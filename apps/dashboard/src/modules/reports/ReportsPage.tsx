import { useId, useState } from 'react';
import { PageHeader } from '../../common/components/PageHeader.js';
import { QueryState } from '../../common/components/QueryState.js';
import { useViewer } from '../auth/hooks/useViewer.js';
import { GenerateReportForm } from './components/GenerateReportForm.js';
import { ReportList } from './components/ReportList.js';
import { ReportPreview } from './components/ReportPreview.js';
import { useReportFunders } from './hooks/useReportFunders.js';
import { useReports } from './hooks/useReports.js';
import { useReportsPageMessages } from './hooks/useReportsPageMessages.js';
import './reports-page.css';

/**
 * Förderberichte (`/berichte`): project leads generate frozen funder reports, everyone allowed
 * lists them, previews one in the page and downloads its PDF and Excel annex.
 */
export default function ReportsPage() {
  const m = useReportsPageMessages();
  const id = useId();
  const { viewer } = useViewer();
  const canGenerate = viewer?.can.generateReports ?? false;
  const [funder, setFunder] = useState<string | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const { reports, loading, error, refetch } = useReports(funder);
  const { funders } = useReportFunders({ skip: !canGenerate });
  const previewed = reports?.find((r) => r.id === previewId) ?? null;
  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        tools={
          canGenerate ? (
            <div className="mq-app-filter">
              <label className="mq-app-filter__label" htmlFor={`${id}-filter`}>
                {m.funder}
              </label>
              <select
                id={`${id}-filter`}
                className="mq-app-select"
                value={funder ?? ''}
                onChange={(event) => setFunder(event.target.value || null)}
              >
                <option value="">{m.allFunders}</option>
                {funders.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null
        }
      />
      <div className="mq-app-stack">
        {canGenerate ? <GenerateReportForm onGenerated={setPreviewId} /> : null}
        <section className="mq-app-card" aria-labelledby={`${id}-list`}>
          <h2 className="mq-app-section-title" id={`${id}-list`}>
            {m.listTitle}
          </h2>
          <QueryState data={reports} loading={loading} error={error} onRetry={() => void refetch()}>
            {(list) =>
              list.length === 0 ? (
                <p className="mq-app-note">{m.empty}</p>
              ) : (
                <ReportList reports={list} previewId={previewId} onPreview={setPreviewId} />
              )
            }
          </QueryState>
        </section>
        {previewed ? <ReportPreview report={previewed} onClose={() => setPreviewId(null)} /> : null}
      </div>
    </>
  );
}
