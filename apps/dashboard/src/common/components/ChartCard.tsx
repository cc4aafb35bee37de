import type { GlossaryKey } from '@mintq/report-model';
import { ChartFrame } from '@mintq/ui';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.js';
import { ExportButtons } from '../export/ExportButtons.js';
import { Definition } from './Definition.js';
import { Responsive } from './Responsive.js';
import { Table, type TableProps } from './Table.js';

/** Props of {@link ChartCard}. */
export interface ChartCardProps<T> {
  /** Heading of the card; also the table's caption (for screen readers), unless it has its own. */
  title: string;
  description?: ReactNode;
  /** The glossary entry that defines what the chart shows, opened under the description ("Was heißt das?"). */
  definition?: GlossaryKey;
  /** Controls beside the table toggle, e.g. a wave picker. */
  actions?: ReactNode;
  /** Note under the chart, e.g. the as-of date. */
  footnote?: ReactNode;
  /** The chart's numbers, shown instead of the chart on request; a given caption is shown. */
  table: Omit<TableProps<T>, 'caption' | 'hideCaption'> & { caption?: string };
  /** The chart at the width of its column, or what stands in its place (loading, empty). */
  children: ReactNode | ((width: number) => ReactNode);
}

/** A chart in its titled card with its table, as every metric page shows one, in the user's language. */
export function ChartCard<T>({
  title,
  description,
  definition,
  actions,
  footnote,
  table,
  children,
}: ChartCardProps<T>) {
  const { t } = useI18n();
  const { caption, ...rest } = table;
  return (
    <ChartFrame
      title={title}
      description={
        definition ? (
          <>
            {description}
            <Definition term={definition} />
          </>
        ) : (
          description
        )
      }
      actions={
        <>
          {actions}
          <ExportButtons title={title} columns={rest.columns} rows={rest.rows} />
        </>
      }
      footnote={footnote}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      table={
        <Table caption={caption ?? title} hideCaption={caption === undefined} {...rest} exportable={false} />
      }
    >
      {typeof children === 'function' ? <Responsive>{children}</Responsive> : children}
    </ChartFrame>
  );
}
