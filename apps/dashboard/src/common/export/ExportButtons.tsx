import { type DataTableColumn, todayInBerlin } from '@mintq/ui';
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n.js';
import { useSuppressedLabel } from '../hooks/useSuppressedLabel.js';
import { saveBlob } from '../saveBlob.js';
import { csvOf } from './csvFile.js';
import { exportFileName } from './exportFileName.js';
import { exportSheet } from './exportSheet.js';

/** Props of {@link ExportButtons}: the table as it is shown, under its title. */
export interface ExportButtonsProps<T> {
  /** What the table shows, e.g. the chart's title: names the file, the sheet and the buttons. */
  title: string;
  columns: readonly DataTableColumn<T>[];
  rows: readonly T[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "CSV" and "Excel": the table's numbers as a file, exactly as shown (hidden values as `•`).
 * The XLSX writer is loaded on the first click, so the dashboard's first page stays small.
 */
export function ExportButtons<T>({ title, columns, rows }: ExportButtonsProps<T>) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const [failed, setFailed] = useState(false);
  const sheet = () => exportSheet(title, columns, rows, format.locale, { suppressed });
  const csv = () => {
    const blob = new Blob([csvOf(sheet())], { type: 'text/csv;charset=utf-8' });
    saveBlob(blob, exportFileName(title, todayInBerlin(), 'csv'));
  };
  const xlsx = async () => {
    setFailed(false);
    try {
      const { xlsxOf } = await import('./xlsxFile.js');
      const bytes = xlsxOf(sheet(), format.locale);
      saveBlob(
        new Blob([bytes as BlobPart], { type: XLSX_TYPE }),
        exportFileName(title, todayInBerlin(), 'xlsx'),
      );
    } catch {
      // The writer's chunk may be gone after an update of the dashboard: say so, in German too.
      setFailed(true);
    }
  };
  const files = [
    { key: 'csv', text: t('export.csv'), label: t('export.csvLabel', { title }), save: csv },
    { key: 'xlsx', text: t('export.xlsx'), label: t('export.xlsxLabel', { title }), save: xlsx },
  ];
  return (
    <div className="mq-app-export">
      {files.map((file) => (
        <button
          key={file.key}
          type="button"
          className="mq-button mq-button--quiet"
          aria-label={file.label}
          onClick={file.save}
        >
          {file.text}
        </button>
      ))}
      {failed ? (
        <p role="alert" className="mq-app-export__error">
          {t('export.failed')}
        </p>
      ) : null}
    </div>
  );
}
