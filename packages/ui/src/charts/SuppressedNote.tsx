/** Props of {@link SuppressedNote}. */
export interface SuppressedNoteProps {
  /** Explanation of the marker, e.g. "weniger als 5 Personen". */
  label: string;
  /** Class of the paragraph (default `mq-chart__note`; the data table passes `mq-table__note`). */
  className?: string;
  /** Also show the hatch swatch charts draw hidden values with (charts: true; tables: false). */
  hatched?: boolean;
}

/** The key under a chart or table that says what `•` means; shown only when it contains one. */
export function SuppressedNote({
  label,
  className = 'mq-chart__note',
  hatched = false,
}: SuppressedNoteProps) {
  return (
    <p className={className}>
      {hatched ? (
        <span className="mq-legend__swatch mq-legend__swatch--suppressed" aria-hidden="true" />
      ) : null}
      <span aria-hidden="true">•</span> {label}
    </p>
  );
}
