import type { GlossaryKey } from '@mintq/report-model';
import { KpiCard, type KpiCardProps } from '@mintq/ui';
import type { MessageKey } from '../../i18n/de.js';
import { useI18n } from '../../i18n/useI18n.js';
import { useSuppressedLabel } from '../hooks/useSuppressedLabel.js';
import { Definition } from './Definition.js';

/** Props of {@link Kpi}: a {@link KpiCard}'s, its test id and the glossary entry that defines its figure. */
export type KpiProps = Omit<KpiCardProps, 'labels' | 'locale' | 'children'> & {
  testId: string;
  definition: GlossaryKey;
};

/**
 * A {@link KpiCard} in the user's locale with its "Was heißt das?", findable by `data-testid`
 * (e.g. `kpi-multipliers`).
 */
export function Kpi({ testId, definition, ...props }: KpiProps) {
  const { format } = useI18n();
  const suppressed = useSuppressedLabel();
  return (
    <div className="mq-app-kpi" data-testid={testId} data-suppressed={props.suppressed ? 'true' : undefined}>
      <KpiCard {...props} locale={format.locale} labels={{ suppressed }}>
        <Definition term={definition} />
      </KpiCard>
    </div>
  );
}

/** The fields of `T` that hold a figure. */
type FigureOf<T> = { [K in keyof T]-?: T[K] extends number | null | undefined ? K : never }[keyof T];

/** One card of {@link KpiCards}: which figure of the API's object, named and formatted how. */
export interface KpiSpec<T> {
  testId: string;
  label: MessageKey;
  /** The figure's field. */
  value: FigureOf<T>;
  /** A badge beside the label, e.g. "Schätzung". */
  hint?: MessageKey;
  /** The explanation under the figure. */
  description?: MessageKey;
  /** The glossary entry that defines the figure, opened by "Was heißt das?". */
  definition: GlossaryKey;
  format?: KpiCardProps['format'];
  digits?: number;
}

/** Key figures of one API object (reach, goal attainment, feedback), all hidden together when it is suppressed. */
export function KpiCards<T extends { suppressed: boolean }>({
  of,
  cards,
}: {
  of: T;
  cards: readonly KpiSpec<T>[];
}) {
  const { t } = useI18n();
  return (
    <>
      {cards.map(({ testId, label, value, hint, description, definition, format, digits }) => (
        <Kpi
          key={testId}
          testId={testId}
          label={t(label)}
          value={(of[value] as number | null | undefined) ?? null}
          suppressed={of.suppressed}
          hint={hint && t(hint)}
          description={description && t(description)}
          format={format}
          digits={digits}
          definition={definition}
        />
      ))}
    </>
  );
}
