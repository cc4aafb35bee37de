import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { Table } from '../../../common/components/Table.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { type ImportBatch, useImportBatches } from '../hooks/useImportBatches.js';

/** Previous imports: when, by whom, outcome, files and errors. */
export function ImportHistory() {
  const { t, format } = useI18n();
  const { batches, loading, error, refetch, loadMore } = useImportBatches();
  return (
    <SectionCard title={t('imports.historyTitle')}>
      <QueryState
        data={batches}
        loading={loading}
        error={error}
        onRetry={refetch}
        isEmpty={(b) => b.nodes.length === 0}
      >
        {(batches) => (
          <>
            <Table
              caption={t('imports.historyTitle')}
              hideCaption
              columns={[
                {
                  key: 'when',
                  header: t('imports.history.when'),
                  value: (b: ImportBatch) => format.dateTime(b.startedAt),
                  rowHeader: true,
                },
                { key: 'who', header: t('imports.history.who'), value: (b: ImportBatch) => b.actor },
                {
                  key: 'outcome',
                  header: t('imports.history.outcome'),
                  value: (b: ImportBatch) =>
                    b.outcome === 'IMPORTED' ? t('imports.history.imported') : t('imports.history.rejected'),
                },
                {
                  key: 'files',
                  header: t('imports.history.files'),
                  value: (b: ImportBatch) => b.files.length,
                },
                {
                  key: 'errors',
                  header: t('imports.history.errors'),
                  value: (b: ImportBatch) => b.errorCount,
                },
              ]}
              rows={batches.nodes}
              rowKey={(b) => String(b.id)}
            />
            {batches.pageInfo.hasNextPage ? (
              <button type="button" className="mq-button mq-button--quiet" onClick={loadMore}>
                {t('imports.history.more')}
              </button>
            ) : null}
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}
