import { DataTable, type DataTableColumn, type DataTableProps } from '@mintq/ui';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.js';
import { ExportButtons } from '../export/ExportButtons.js';
import { useSuppressedLabel } from '../hooks/useSuppressedLabel.js';

/** Props of {@link Table}: a {@link DataTable}'s, without what the dashboard fills in. */
export type TableProps<T> = Omit<DataTableProps<T>, 'locale' | 'labels'> & {
  /** Offer the table as CSV and Excel (default); off where a chart's card already offers it. */
  exportable?: boolean;
};

/** A {@link DataTable} in the user's locale, `•` explained with the viewer's k, with its export buttons. */
export function Table<T>({ exportable = true, ...props }: TableProps<T>) {
  const { format } = useI18n();
  const suppressed = useSuppressedLabel();
  const table = <DataTable {...props} locale={format.locale} labels={{ suppressed }} />;
  if (!exportable) return table;
  return (
    <>
      <ExportButtons title={props.caption} columns={props.columns} rows={props.rows} />
      {table}
    </>
  );
}

/**
 * A column of one of the API's metric rows (a month, a state, a level…): its number, `•` where
 * the API hid the row, `–` where the number is missing.
 */
export function metricColumn<T extends { suppressed: boolean }>(
  key: string,
  header: ReactNode,
  value: (row: T) => number | string | null | undefined,
  options: Pick<DataTableColumn<T>, 'format' | 'digits'> = {},
): DataTableColumn<T> {
  return { key, header, value: (row) => value(row) ?? null, suppressed: (row) => row.suppressed, ...options };
}
