import type { ReactNode } from 'react';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** Short statement, e.g. "Keine Daten im gewählten Zeitraum". */
  title: string;
  /** What to do about it. */
  message?: ReactNode;
  /** A button or link, e.g. "Filter zurücksetzen". */
  action?: ReactNode;
}

/** Shown instead of a chart or table when the scope holds no data. */
export function EmptyState({ title, message, action }: EmptyStateProps) {
  return (
    <div className="mq-state mq-state--empty">
      <p className="mq-state__title">{title}</p>
      {message ? <div className="mq-state__message">{message}</div> : null}
      {action ? <div className="mq-state__action">{action}</div> : null}
    </div>
  );
}
