import type { ImportProblem, ImportReport } from '@mintq/contract';
import { Table } from '../../../common/components/Table.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { entityRows } from '../importReport.js';

type EntityRow = ReturnType<typeof entityRows>[number];

/** The counts per entity and every problem (file, line, column, message) of an import report. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const rows = entityRows(report);
  // Problems arrive structured; older answers carry only the `file:line: column: message` strings.
  const problems: ImportProblem[] =
    report.problems.length > 0
      ? report.problems
      : report.errors.map((message) => ({ file: '', line: 0, column: '', message }));
  return (
    <div className="mq-app-stack" data-testid="import-report">
      {rows.length > 0 ? (
        <Table
          caption={t('imports.countsCaption')}
          columns={[
            {
              key: 'entity',
              header: t('imports.entity'),
              value: (r: EntityRow) => r.entity,
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
              { key: 'message', header: t('imports.message'), value: (p: ImportProblem) => p.message },
            ]}
            rows={problems}
            rowKey={(p, i) => `${i}-${p.file}-${p.line}`}
          />
        </div>
      ) : null}
    </div>
  );
}
