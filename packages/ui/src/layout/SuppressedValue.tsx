/** Props of {@link SuppressedValue}. */
export interface SuppressedValueProps {
  /** Why the value is hidden, e.g. "weniger als 5 Personen"; read by screen readers and shown on hover. */
  label: string;
}

/**
 * A value the API suppressed for privacy: a `•`, never a 0, with its explanation as hover title
 * and as visually hidden text for screen readers.
 */
export function SuppressedValue({ label }: SuppressedValueProps) {
  return (
    <span className="mq-suppressed" title={label}>
      <span aria-hidden="true">•</span>
      <span className="mq-sr-only">{label}</span>
    </span>
  );
}
