import type { DataTableColumn } from '@mintq/ui';
import { metricColumn } from '../../../common/components/Table.js';
import { useI18n } from '../../../i18n/useI18n.js';

/** A month of reach as the API reports it, with at least its cumulative count. */
interface MonthRow {
  month: string;
  cumulativeInitiativesReached?: number | null;
  suppressed: boolean;
}

/**
 * The table of a monthly reach chart: the month as row header, the chart's own `columns`, then
 * the initiatives reached up to the month.
 */
export function useMonthTable<M extends MonthRow>(months: readonly M[], columns: DataTableColumn<M>[] = []) {
  const { t, format } = useI18n();
  return {
    columns: [
      { key: 'month', header: t('reach.month'), value: (m: M) => format.month(m.month), rowHeader: true },
      ...columns,
      metricColumn('cumulative', t('reach.cumulative'), (m: M) => m.cumulativeInitiativesReached),
    ],
    rows: months,
    rowKey: (m: M) => m.month,
  };
}
