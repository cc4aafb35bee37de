import type { ImportFormatColumn, ImportFormatFile } from '@mintq/contract';
import { Table } from '../../../common/components/Table.js';
import { saveBlob } from '../../../common/saveBlob.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useImportFormat } from '../hooks/useImportFormat.js';
import { templateCsv } from '../templateCsv.js';
import { useEntityLabel } from '../useEntityLabel.js';

/**
 * The format guide of the import page: every bundle file with its columns (required or not,
 * what a cell holds), and its template to start from, both from the API's bundle spec.
 */
export function ImportFormatGuide() {
  const { t } = useI18n();
  const files = useImportFormat();
  if (!files) return null;
  return (
    <details className="mq-app-card" data-testid="import-format">
      <summary>{t('imports.guide.title')}</summary>
      <p>{t('imports.guide.intro')}</p>
      {files.map((file) => (
        <FileGuide key={file.file} file={file} />
      ))}
    </details>
  );
}

function FileGuide({ file }: { file: ImportFormatFile }) {
  const { t } = useI18n();
  const entityLabel = useEntityLabel();
  const describe = useColumnDescription();
  // A wave's responses are named after the wave and have a column per item: no fixed template.
  const template = !file.file.includes('<');
  return (
    <section data-testid={`import-format-${file.entity}`}>
      <h3>
        {entityLabel(file.entity)}: <code>{file.file}</code>
      </h3>
      {template ? (
        <button
          type="button"
          className="mq-button mq-button--quiet"
          onClick={() =>
            saveBlob(new Blob([templateCsv(file)], { type: 'text/csv;charset=utf-8' }), file.file)
          }
        >
          {t('imports.guide.template', { file: file.file })}
        </button>
      ) : (
        <p className="mq-app-note">{t('imports.guide.responses')}</p>
      )}
      <Table
        caption={t('imports.guide.columnsCaption', { file: file.file })}
        exportable={false}
        columns={[
          {
            key: 'name',
            header: t('imports.column'),
            value: (c: ImportFormatColumn) => c.name,
            rowHeader: true,
          },
          {
            key: 'required',
            header: t('imports.guide.required'),
            value: (c: ImportFormatColumn) => t(c.required ? 'imports.guide.yes' : 'imports.guide.no'),
          },
          { key: 'format', header: t('imports.guide.format'), value: describe },
        ]}
        rows={file.columns}
        rowKey={(c) => c.name}
      />
    </section>
  );
}

/** What a cell of a column holds, in the user's language: `Ganze Zahl von 1 bis 7`, `Datum (JJJJ-MM-TT)`. */
function useColumnDescription(): (column: ImportFormatColumn) => string {
  const { t, format } = useI18n();
  const entityLabel = useEntityLabel();
  return (c) => {
    const entity = c.references ? entityLabel(c.references) : '';
    const base =
      c.kind === 'key' && c.references
        ? t('imports.guide.kind.reference', { entity })
        : c.kind === 'keyList'
          ? t('imports.guide.kind.keyList', { entity })
          : c.kind === 'text'
            ? t('imports.guide.kind.text', { max: c.maxChars ?? '' })
            : c.kind === 'enum'
              ? t('imports.guide.kind.enum', { values: (c.values ?? []).join(', ') })
              : t(`imports.guide.kind.${c.kind}`);
    const range =
      c.min !== undefined && c.max !== undefined
        ? ` ${t('imports.guide.range', { min: format.number(c.min), max: format.number(c.max) })}`
        : '';
    // A boolean's default as the file writes it: 0 or 1.
    const shown = typeof c.default === 'boolean' ? (c.default ? '1' : '0') : String(c.default);
    const fallback = c.default !== undefined ? ` ${t('imports.guide.default', { value: shown })}` : '';
    return `${base}${range}${fallback}`;
  };
}
