import { type ReactNode, useId } from 'react';

/** Props of {@link ReportFigure}. */
export interface ReportFigureProps {
  /** Heading of the figure, e.g. "Kohorten-Trichter". */
  title: string;
  /** One sentence on what the figure shows. */
  description?: ReactNode;
  /** The chart at its fixed print size; omitted for a table-only figure. */
  chart?: ReactNode;
  /** The same numbers as a compact table: the chart's text alternative, printed too. */
  table: ReactNode;
  /** `'side'` puts a narrow chart beside its table; `'stack'` (default) puts the table below. */
  layout?: 'stack' | 'side';
}

/**
 * A chart with its table, kept on one page. Unlike the dashboard's ChartFrame there is no
 * toggle: paper cannot click, so both views are printed.
 */
export function ReportFigure({ title, description, chart, table, layout = 'stack' }: ReportFigureProps) {
  const headingId = useId();
  return (
    <figure className={`rp-figure rp-figure--${chart ? layout : 'stack'}`} aria-labelledby={headingId}>
      <figcaption className="rp-figure__caption">
        <h3 className="rp-figure__title" id={headingId}>
          {title}
        </h3>
        {description ? <p className="rp-figure__description">{description}</p> : null}
      </figcaption>
      <div className="rp-figure__body">
        {chart ? <div className="rp-figure__chart">{chart}</div> : null}
        <div className="rp-figure__table">{table}</div>
      </div>
    </figure>
  );
}
