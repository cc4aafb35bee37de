import type { ReportCell, ReportColumn, ReportTable as ReportTableModel } from '@mintq/report-model';
import { SuppressedValue } from '@mintq/ui';

/** A cell's printed text, or `•` with its explanation when suppressed. */
export function ReportCellText({ cell, suppressedLabel }: { cell: ReportCell; suppressedLabel: string }) {
  return cell.hidden ? <SuppressedValue label={suppressedLabel} /> : cell.text;
}

const numberClass = (column: ReportColumn | undefined) => (column?.numeric ? 'mq-table__number' : undefined);

/** One body cell: a row heading for the cohort, state, month … column, else a data cell. */
function BodyCell({
  cell,
  column,
  suppressedLabel,
}: {
  cell: ReportCell;
  column: ReportColumn | undefined;
  suppressedLabel: string;
}) {
  const content = <ReportCellText cell={cell} suppressedLabel={suppressedLabel} />;
  return column?.rowHeader ? (
    <th scope="row" className={numberClass(column)}>
      {content}
    </th>
  ) : (
    <td className={numberClass(column)}>{content}</td>
  );
}

/** Props of {@link ReportTable}. */
export interface ReportTableProps {
  table: ReportTableModel;
  /** What • stands for, e.g. "weniger als 5 Personen"; also the note under a table with hidden cells. */
  suppressedLabel: string;
}

/**
 * A model table as the dashboard's tables look: numeric columns right-aligned, suppressed
 * cells as `•`, and the note that explains it under any table that has one. The caption names
 * the table for screen readers; the figure's heading shows it.
 */
export function ReportTable({ table, suppressedLabel }: ReportTableProps) {
  return (
    <div className="mq-table-wrap">
      <table className="mq-table">
        <caption className="mq-sr-only">{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={numberClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => (
                <BodyCell
                  key={table.columns[i]?.key ?? i}
                  cell={cell}
                  column={table.columns[i]}
                  suppressedLabel={suppressedLabel}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.anyHidden ? (
        <p className="mq-table__note">
          <span aria-hidden="true">•</span> {suppressedLabel}
        </p>
      ) : null}
    </div>
  );
}
