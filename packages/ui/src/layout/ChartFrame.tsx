import { type ReactNode, useId, useState } from 'react';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** Heading of the chart. */
  title: string;
  /** One or two sentences on what the chart shows and how it is computed. */
  description?: ReactNode;
  /** Text alternative in one sentence with the key numbers, for screen readers. */
  summary?: string;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** The chart. */
  children: ReactNode;
  /** The same numbers as a table, usually a {@link DataTable}; shown instead of the chart on request. */
  table: ReactNode;
  /** Which view to show first (default `'chart'`), e.g. `'table'` for screen-reader-first pages. */
  defaultView?: 'chart' | 'table';
  /** Extra controls beside the toggle, e.g. a download link. */
  actions?: ReactNode;
  /** Note under the chart, e.g. the data source or as-of date. */
  footnote?: ReactNode;
  /** Texts of the toggle button: "Tabelle anzeigen" / "Diagramm anzeigen". */
  labels: { showTable: string; showChart: string };
}

/** A titled card around a chart, with a button that swaps the chart for its table and back. */
export function ChartFrame({
  title,
  description,
  summary,
  headingLevel = 2,
  children,
  table,
  defaultView = 'chart',
  actions,
  footnote,
  labels,
}: ChartFrameProps) {
  const [view, setView] = useState(defaultView);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descriptionId = `${baseId}-description`;
  const summaryId = `${baseId}-summary`;
  const bodyId = `${baseId}-body`;
  const Heading = `h${headingLevel}` as const;
  const describedBy = [description ? descriptionId : null, summary ? summaryId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="mq-frame" aria-labelledby={titleId} aria-describedby={describedBy || undefined}>
      <div className="mq-frame__header">
        <div className="mq-frame__heading">
          <Heading className="mq-frame__title" id={titleId}>
            {title}
          </Heading>
          {description ? (
            <div className="mq-frame__description" id={descriptionId}>
              {description}
            </div>
          ) : null}
        </div>
        <div className="mq-frame__actions">
          {actions}
          <button
            type="button"
            className="mq-button mq-button--quiet mq-frame__toggle"
            aria-controls={bodyId}
            onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
          >
            {view === 'chart' ? labels.showTable : labels.showChart}
          </button>
        </div>
      </div>
      {summary ? (
        <p className="mq-sr-only" id={summaryId}>
          {summary}
        </p>
      ) : null}
      <div className="mq-frame__body" id={bodyId} data-view={view}>
        {view === 'chart' ? children : table}
      </div>
      {footnote ? <div className="mq-frame__footnote">{footnote}</div> : null}
    </section>
  );
}
