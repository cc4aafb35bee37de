import type { ReactNode } from 'react';

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** Short statement, e.g. "Die Daten konnten nicht geladen werden". */
  title: string;
  /** Details safe to show (never a stack trace). */
  message?: ReactNode;
  /** Called by the retry button; the button is shown only with `retryLabel`. */
  onRetry?: () => void;
  /** Text of the retry button, e.g. "Erneut versuchen". */
  retryLabel?: string;
}

/** An error in place of content, announced at once (`role="alert"`), with an optional retry. */
export function ErrorState({ title, message, onRetry, retryLabel }: ErrorStateProps) {
  return (
    <div className="mq-state mq-state--error" role="alert">
      <p className="mq-state__title">{title}</p>
      {message ? <div className="mq-state__message">{message}</div> : null}
      {onRetry && retryLabel ? (
        <button type="button" className="mq-button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
