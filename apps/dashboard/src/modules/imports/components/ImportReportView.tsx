import type { ImportEntityChanges, ImportFieldChange, ImportProblem, ImportReport } from '@mintq/contract';
import { Table } from '../../../common/components/Table.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { entityRows } from '../importReport.js';
import { useEntityLabel } from '../useEntityLabel.js';
import { useProblemMessage } from '../useProblemMessage.js';

type EntityRow = ReturnType<typeof entityRows>[number];
type ChangedField = ImportFieldChange & { key: string };

/** The counts per entity and every problem (file, line, column, message) of an import report. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const entityLabel = useEntityLabel();
  const problemMessage = useProblemMessage();
  const rows = entityRows(report);
  // Problems arrive structured; older answers carry only the `file:line: column: message` strings.
  const problems: ImportProblem[] =
    report.problems.length > 0
      ? report.problems
      : report.errors.map((message) => ({ file: '', line: 0, column: '', message, code: '', params: {} }));
  return (
    <div className="mq-app-stack" data-testid="import-report">
      {rows.length > 0 ? (
        <Table
          caption={t('imports.countsCaption')}
          columns={[
            {
              key: 'entity',
              header: t('imports.entity'),
              value: (r: EntityRow) => entityLabel(r.entity),
              rowHeader: true,
            },
            { key: 'inserted', header: t('imports.inserted'), value: (r: EntityRow) => r.inserted },
            { key: 'updated', header: t('imports.updated'), value: (r: EntityRow) => r.updated },
            { key: 'unchanged', header: t('imports.unchanged'), value: (r: EntityRow) => r.unchanged },
            { key: 'deleted', header: t('imports.deleted'), value: (r: EntityRow) => r.deleted },
            { key: 'skipped', header: t('imports.skipped'), value: (r: EntityRow) => r.skipped },
          ]}
          rows={rows}
          rowKey={(r) => r.entity}
        />
      ) : null}
      {rows.map(({ entity }) => {
        const changes = report.changes[entity];
        return changes ? <EntityChanges key={entity} entity={entity} changes={changes} /> : null;
      })}
      {problems.length > 0 ? (
        <div data-testid="import-problems">
          <Table
            caption={t('imports.problemsCaption')}
            columns={[
              { key: 'file', header: t('imports.file'), value: (p: ImportProblem) => p.file || '–' },
              {
                key: 'line',
                header: t('imports.line'),
                value: (p: ImportProblem) => p.line || '–',
              },
              { key: 'column', header: t('imports.column'), value: (p: ImportProblem) => p.column || '–' },
              { key: 'message', header: t('imports.message'), value: problemMessage },
            ]}
            rows={problems}
            rowKey={(p, i) => `${i}-${p.file}-${p.line}`}
          />
        </div>
      ) : null}
    </div>
  );
}

/** The stored rows an import changes in one entity: key, column, old → new, and how many more. */
function EntityChanges({ entity, changes }: { entity: string; changes: ImportEntityChanges }) {
  const { t } = useI18n();
  const entityLabel = useEntityLabel();
  const fields: ChangedField[] = changes.rows.flatMap((r) => r.fields.map((f) => ({ ...f, key: r.key })));
  return (
    <div data-testid={`import-changes-${entity}`}>
      <Table
        caption={t('imports.changesCaption', { entity: entityLabel(entity) })}
        columns={[
          { key: 'key', header: t('imports.changedKey'), value: (f: ChangedField) => f.key, rowHeader: true },
          { key: 'column', header: t('imports.column'), value: (f: ChangedField) => f.column },
          { key: 'old', header: t('imports.oldValue'), value: (f: ChangedField) => f.old ?? '–' },
          { key: 'new', header: t('imports.newValue'), value: (f: ChangedField) => f.new ?? '–' },
        ]}
        rows={fields}
        rowKey={(f) => `${f.key}\u0000${f.column}`}
      />
      {changes.more > 0 ? (
        <p className="mq-app-note">{t('imports.changesMore', { count: changes.more })}</p>
      ) : null}
    </div>
  );
}
