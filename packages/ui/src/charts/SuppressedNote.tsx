/** Props of {@link SuppressedNote}. */
export interface SuppressedNoteProps {
  /** Explanation of the marker, e.g. "weniger als 5 Personen". */
  label: string;
  /** Class of the paragraph (default `mq-chart__note`; the data table passes `mq-table__note`). */
  className?: string;
}

/** The key under a chart or table that says what `•` means; shown only when it contains one. */
export function SuppressedNote({ label, className = 'mq-chart__note' }: SuppressedNoteProps) {
  return (
    <p className={className}>
      <span aria-hidden="true">•</span> {label}
    </p>
  );
}
