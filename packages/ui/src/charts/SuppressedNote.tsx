/** Props of {@link SuppressedNote}. */
export interface SuppressedNoteProps {
  /** Explanation of the marker, e.g. "weniger als 5 Personen". */
  label: string;
}

/** The key under a chart that says what `•` means; charts show it only when they contain one. */
export function SuppressedNote({ label }: SuppressedNoteProps) {
  return (
    <p className="mq-chart__note">
      <span aria-hidden="true">•</span> {label}
    </p>
  );
}
