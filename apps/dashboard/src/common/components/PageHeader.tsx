import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.js';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  /** Tools on the right, e.g. a select. */
  tools?: ReactNode;
  /** The as-of line of the page's numbers, e.g. "Datenstand: 31.03.2026", on the right. */
  asOf?: string;
}

/**
 * The page's one `h1`, its introduction, and on the right optional tools or the as-of line and
 * "Drucken": the browser's print, which the print styles turn into an A4 view of the page.
 */
export function PageHeader({ title, intro, tools, asOf }: PageHeaderProps) {
  const { t } = useI18n();
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
      <div className="mq-app-page-tools">
        {right}
        <button
          type="button"
          className="mq-button mq-button--quiet"
          title={t('print.label')}
          onClick={() => window.print()}
        >
          {t('print.button')}
        </button>
      </div>
    </div>
  );
}
