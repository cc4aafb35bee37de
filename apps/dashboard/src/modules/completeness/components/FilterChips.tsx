import { NO_RECENT_ACTIVITY_MONTHS } from '@mintq/contract';
import { useI18n } from '../../../i18n/useI18n.js';
import { COMPLETENESS_FILTERS, type CompletenessFilter } from '../completenessRows.js';

/** Props of {@link FilterChips}. */
export interface FilterChipsProps {
  active: ReadonlySet<CompletenessFilter>;
  /** How many rows each chip alone would leave. */
  counts: Record<CompletenessFilter, number>;
  onChange(active: Set<CompletenessFilter>): void;
}

/** Toggle buttons that narrow the list; pressed ones say so to screen readers (`aria-pressed`). */
export function FilterChips({ active, counts, onChange }: FilterChipsProps) {
  const { t, format } = useI18n();
  const label = (filter: CompletenessFilter) =>
    filter === 'noActivity'
      ? t('completeness.filter.noActivity', { months: NO_RECENT_ACTIVITY_MONTHS })
      : t(`completeness.filter.${filter}`);
  const toggle = (filter: CompletenessFilter) => {
    const next = new Set(active);
    if (!next.delete(filter)) next.add(filter);
    onChange(next);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form's fieldset
    <div className="cp-chips" role="group" aria-label={t('completeness.filters')}>
      {COMPLETENESS_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          className="cp-chip"
          aria-pressed={active.has(filter)}
          onClick={() => toggle(filter)}
          data-testid={`filter-${filter}`}
        >
          {label(filter)} ({format.number(counts[filter], 0)})
        </button>
      ))}
      {active.size > 0 ? (
        <button type="button" className="mq-button mq-button--quiet" onClick={() => onChange(new Set())}>
          {t('completeness.filterReset')}
        </button>
      ) : null}
    </div>
  );
}
