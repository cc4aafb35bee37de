import { useApolloClient } from '@apollo/client/react';
import { useId, useRef } from 'react';
import { Field } from '../../../common/components/Field.js';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useImportUpload } from '../hooks/useImportUpload.js';
import { ImportFormatGuide } from './ImportFormatGuide.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportReportView } from './ImportReportView.js';

/** Datenimport: upload, dry run with every problem listed, then the real import on confirmation. */
export function ImportsPage() {
  const { t, format } = useI18n();
  const id = useId();
  const client = useApolloClient();
  // New data change every number: refetch what the open pages show.
  const upload = useImportUpload(() => void client.refetchQueries({ include: 'active' }));
  const { files, phase, report, failure, progress } = upload;
  const input = useRef<HTMLInputElement>(null);
  const discard = () => {
    upload.reset();
    if (input.current) input.current.value = '';
  };
  const busy = phase === 'checking' || phase === 'importing';
  // Offered once a check found rows entered in the app that the bundle would change.
  const offerOverwrite = upload.overwrite || (report?.conflicts ?? 0) > 0;
  const size = files.reduce((sum, f) => sum + f.size, 0);
  const problemCount = report ? Math.max(report.problems.length, report.errors.length) : 0;
  const failureText = failure
    ? failure.status === 413
      ? t('imports.tooLarge')
      : failure.status === 403
        ? t('imports.forbidden')
        : failure.status === 0
          ? t('status.network')
          : t('imports.uploadFailed', { status: failure.status })
    : null;

  return (
    <>
      <PageHeader title={t('imports.title')} intro={t('imports.intro')} />
      <div className="mq-app-stack">
        <form
          className="mq-app-upload"
          onSubmit={(event) => {
            event.preventDefault();
            void upload.check();
          }}
        >
          <Field label={t('imports.files')}>
            {(id) => (
              <input
                ref={input}
                id={id}
                type="file"
                multiple
                accept=".zip,.csv,application/zip,text/csv"
                disabled={busy}
                data-testid="import-files"
                onChange={(event) => upload.choose([...(event.target.files ?? [])])}
              />
            )}
          </Field>
          {files.length > 0 ? (
            <p className="mq-app-note">
              {t('imports.selected', { count: files.length, size: `${format.number(size / 1024, 0)} KB` })}
            </p>
          ) : null}
          {offerOverwrite ? (
            <div>
              <label className="mq-app-menu__option">
                <input
                  type="checkbox"
                  checked={upload.overwrite}
                  disabled={busy}
                  aria-describedby={`${id}-overwrite-hint`}
                  data-testid="import-overwrite"
                  onChange={(event) => upload.setOverwrite(event.target.checked)}
                />
                <span>{t('imports.overwriteAppEntries')}</span>
              </label>
              <p className="mq-app-note" id={`${id}-overwrite-hint`}>
                {t('imports.overwriteAppEntriesHint', { count: report?.conflicts ?? 0 })}
              </p>
            </div>
          ) : null}
          <button
            type="submit"
            className="mq-button"
            disabled={files.length === 0 || busy}
            aria-describedby={files.length === 0 ? `${id}-check-reason` : undefined}
          >
            {phase === 'checking' ? t('imports.checking') : t('imports.check')}
          </button>
          {files.length === 0 ? (
            <p className="mq-app-note" id={`${id}-check-reason`} data-testid="import-check-reason">
              {t('imports.checkNeedsFiles')}
            </p>
          ) : null}
        </form>

        {busy ? (
          <div className="mq-app-card" role="status" aria-live="polite">
            <label htmlFor={`${id}-progress`}>
              {progress < 1 ? t('imports.progress') : t('imports.processing')}
            </label>
            <progress
              id={`${id}-progress`}
              className="mq-app-progress"
              max={1}
              value={progress}
              data-testid="import-progress"
            />
          </div>
        ) : null}

        {failureText ? (
          <p className="mq-app-error" role="alert">
            {failureText}
          </p>
        ) : null}

        {report && !busy ? (
          <section className="mq-app-card" aria-live="polite" data-testid="import-result">
            {phase === 'checked' && report.ok ? <p className="mq-app-ok">{t('imports.dryRunOk')}</p> : null}
            {phase === 'imported' && report.ok ? (
              <p className="mq-app-ok" role="status">
                {t('imports.doneOk', { duration: format.decimal(report.durationMs / 1000, 1) })}
              </p>
            ) : null}
            {!report.ok ? (
              <p className="mq-app-error" role="alert">
                {phase === 'imported'
                  ? t('imports.doneInvalid')
                  : t('imports.dryRunInvalid', { count: problemCount })}
              </p>
            ) : null}
            <ImportReportView report={report} />
            {phase === 'checked' && report.ok ? (
              <div className="mq-app-actions">
                <p>{t('imports.confirmQuestion')}</p>
                <button type="button" className="mq-button" onClick={() => void upload.commit()}>
                  {t('imports.confirm')}
                </button>
                <button type="button" className="mq-button mq-button--quiet" onClick={discard}>
                  {t('imports.cancel')}
                </button>
              </div>
            ) : null}
          </section>
        ) : null}
        <ImportFormatGuide />
        <ImportHistory />
      </div>
    </>
  );
}
