import { useState } from 'react';
import { SelectField } from '../../common/components/Field.js';
import { PageHeader } from '../../common/components/PageHeader.js';
import { QueryState } from '../../common/components/QueryState.js';
import { SectionCard } from '../../common/components/SectionCard.js';
import { useViewer } from '../auth/hooks/useViewer.js';
import { GenerateReportForm } from './components/GenerateReportForm.js';
import { ReportList } from './components/ReportList.js';
import { ReportPreview } from './components/ReportPreview.js';
import { funderOptions } from './funderOptions.js';
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
            <SelectField
              label={m.showFor}
              value={funder ?? ''}
              options={funderOptions(m.allFunders, funders)}
              onChange={(value) => setFunder(value || null)}
            />
          ) : null
        }
      />
      <div className="mq-app-stack">
        {canGenerate ? <GenerateReportForm onGenerated={setPreviewId} /> : null}
        <SectionCard title={m.listTitle}>
          <QueryState data={reports} loading={loading} error={error} onRetry={refetch}>
            {(list) =>
              list.length === 0 ? (
                <p className="mq-app-note">{m.empty}</p>
              ) : (
                <ReportList reports={list} previewId={previewId} onPreview={setPreviewId} />
              )
            }
          </QueryState>
        </SectionCard>
        {previewed ? <ReportPreview report={previewed} onClose={() => setPreviewId(null)} /> : null}
      </div>
    </>
  );
}
