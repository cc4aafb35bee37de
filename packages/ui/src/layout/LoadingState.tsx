/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** What is loading, e.g. "Daten werden geladen …". */
  label: string;
}

/** A calm placeholder while data loads; announced politely to screen readers. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="mq-state mq-state--loading" role="status" aria-live="polite">
      <span className="mq-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
