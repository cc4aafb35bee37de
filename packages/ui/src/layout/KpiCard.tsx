import { type ReactNode, useId } from 'react';
import { applyValueFormat, type ValueFormat } from '../format/applyValueFormat.js';
import { SuppressedValue } from './SuppressedValue.js';

/** Props of {@link KpiCard}. */
export interface KpiCardProps {
  /** What is counted, e.g. "Erreichte Initiativen". */
  label: string;
  /** The number from the API; null when suppressed or unavailable. */
  value: number | null;
  /** True when the API suppressed the value (fewer than k people behind it). */
  suppressed?: boolean;
  /** How to format the value (default `'number'`). */
  format?: ValueFormat;
  /** Fraction digits for `'percent'`/`'decimal'`/`'number'`. */
  digits?: number;
  /** Unit after the value, e.g. "Personen". */
  unit?: string;
  /** Short badge beside the label, e.g. "Schätzung". */
  hint?: string;
  /** Line under the value, e.g. "Stand: 31.03.2025". */
  asOf?: string;
  /** Longer explanation under the value. */
  description?: string;
  /** Locale of the number (default `'de-DE'`). */
  locale?: string;
  /** Further content at the foot of the card, e.g. a disclosure with the figure's definition. */
  children?: ReactNode;
  /** Texts: `suppressed` explains the `•`; `missing` stands for a value the API has not (default "–"). */
  labels: { suppressed: string; missing?: string };
}

/** One key figure: label, big number (or `•` when suppressed), optional unit, badge and as-of line. */
export function KpiCard({
  label,
  value,
  suppressed = false,
  format = 'number',
  digits,
  unit,
  hint,
  asOf,
  description,
  locale = 'de-DE',
  labels,
  children,
}: KpiCardProps) {
  const labelId = useId();
  const shown = !suppressed && value !== null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this only names a key figure.
    <div className={`mq-kpi${hint ? ' mq-kpi--hinted' : ''}`} role="group" aria-labelledby={labelId}>
      <div className="mq-kpi__label" id={labelId}>
        {label}
        {hint ? <span className="mq-badge">{hint}</span> : null}
      </div>
      <div className="mq-kpi__value">
        {suppressed ? (
          <SuppressedValue label={labels.suppressed} />
        ) : shown ? (
          applyValueFormat(value, format, locale, digits)
        ) : (
          (labels.missing ?? '–')
        )}
        {unit && shown ? <span className="mq-kpi__unit">{unit}</span> : null}
      </div>
      {description ? <p className="mq-kpi__description">{description}</p> : null}
      {asOf ? <p className="mq-kpi__as-of">{asOf}</p> : null}
      {children}
    </div>
  );
}
