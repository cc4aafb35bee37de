import { useI18n } from '../../../i18n/useI18n.js';
import { EXAMPLE_QUERIES, type ExampleQuery } from '../exampleQueries.js';

/**
 * One button per example query of the contract. It replaces GraphiQL's session tabs, whose tab
 * elements contain buttons (nested interactive controls that screen readers cannot reach).
 */
export function ExampleQueryPicker({ onLoad }: { onLoad(example: ExampleQuery): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="gq-examples">
      <legend className="gq-examples__label">{t('graphiql.examples.label')}</legend>
      {EXAMPLE_QUERIES.map((example) => (
        <button
          key={example.label}
          type="button"
          className="mq-button mq-button--quiet"
          onClick={() => onLoad(example)}
        >
          {t(example.label)}
        </button>
      ))}
    </fieldset>
  );
}
