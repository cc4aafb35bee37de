import type { ReactNode } from 'react';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  /** Tools on the right, e.g. a select. */
  tools?: ReactNode;
  /** The as-of line of the page's numbers, e.g. "Datenstand: 31.03.2026", on the right. */
  asOf?: string;
}

/** The page's one `h1`, its introduction and optional tools or as-of line on the right. */
export function PageHeader({ title, intro, tools, asOf }: PageHeaderProps) {
  const right = asOf ? (
    <p className="mq-app-as-of" data-testid="as-of">
      {asOf}
    </p>
  ) : (
    tools
  );
  return (
    <div className="mq-app-page-header">
      <div>
        <h1 className="mq-app-page-title">{title}</h1>
        {intro ? <p className="mq-app-page-intro">{intro}</p> : null}
      </div>
      {right ? <div className="mq-app-page-tools">{right}</div> : null}
    </div>
  );
}
