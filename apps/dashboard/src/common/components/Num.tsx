import { SuppressedValue } from '@mintq/ui';
import { useSuppressedLabel } from '../hooks/useSuppressedLabel.js';

/** Props of {@link Num}. */
export interface NumProps {
  /** The API's value; null when suppressed or not defined. */
  value: number | null | undefined;
  /** The API's `suppressed` flag of the object the value belongs to. */
  suppressed?: boolean;
  /** The formatted value (called only when there is one). */
  children: (value: number) => string;
}

/** One number in running text or a card: `•` with its explanation when suppressed, "–" when null. */
export function Num({ value, suppressed = false, children }: NumProps) {
  const label = useSuppressedLabel();
  if (suppressed) return <SuppressedValue label={label} />;
  if (value === null || value === undefined) return <>–</>;
  return <>{children(value)}</>;
}
