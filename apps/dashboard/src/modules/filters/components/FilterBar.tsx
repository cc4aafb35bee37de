import { can } from '@mintq/contract';
import { useId } from 'react';
import { InputField } from '../../../common/components/Field.js';
import type { Role } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortOptions } from '../hooks/useCohortOptions.js';
import { useScopeFilters } from '../hooks/useScopeFilters.js';
import { EMPTY_FILTERS, hasInvertedPeriod } from '../scopeFilters.js';
import { stateOptions } from '../states.js';
import { CheckboxMenu } from './CheckboxMenu.js';
import { FunderFilterBar } from './FunderFilterBar.js';

/**
 * Cohorts, states and period of every metric page; the values live in the URL. A funder user
 * gets the choices of its query space instead ({@link FunderFilterBar}).
 */
export function FilterBar({ role }: { role: Role }) {
  return can(role, 'readEveryScope') ? <ScopeFilterBar /> : <FunderFilterBar />;
}

/** Any cohorts, any states, any dates: for everyone whose answers are exact. */
function ScopeFilterBar() {
  const { t, language } = useI18n();
  const { filters, setFilters } = useScopeFilters();
  const { options } = useCohortOptions(true);
  const active =
    filters.cohorts.length > 0 || filters.states.length > 0 || filters.from !== null || filters.to !== null;
  // A reversed period is said once, at the date fields; the page sends no query meanwhile (ScopeReady).
  const inverted = hasInvertedPeriod(filters);
  const periodMessageId = useId();
  const periodState = inverted ? { 'aria-invalid': true, 'aria-describedby': periodMessageId } : {};
  return (
    <section className="mq-app-filters" aria-label={t('filters.title')} data-testid="filters">
      <CheckboxMenu
        label={t('filters.cohorts')}
        allLabel={t('filters.allCohorts')}
        selectedLabel={(count) => t('filters.selected', { count })}
        options={options.map((o) => ({ value: o.key, label: o.label }))}
        selected={filters.cohorts}
        onChange={(cohorts) => setFilters({ ...filters, cohorts })}
        testId="filter-cohorts"
      />
      <CheckboxMenu
        label={t('filters.states')}
        allLabel={t('filters.allStates')}
        selectedLabel={(count) => t('filters.selected', { count })}
        options={stateOptions(t, language)}
        selected={filters.states}
        onChange={(states) => setFilters({ ...filters, states })}
        testId="filter-states"
      />
      <InputField
        label={t('filters.from')}
        type="date"
        value={filters.from ?? ''}
        onChange={(from) => setFilters({ ...filters, from: from || null })}
        testId="filter-from"
        {...periodState}
      />
      <InputField
        label={t('filters.to')}
        type="date"
        value={filters.to ?? ''}
        onChange={(to) => setFilters({ ...filters, to: to || null })}
        testId="filter-to"
        {...periodState}
      />
      {active ? (
        <button
          type="button"
          className="mq-button mq-button--quiet mq-app-filters__reset"
          onClick={() => setFilters(EMPTY_FILTERS)}
        >
          {t('filters.reset')}
        </button>
      ) : null}
      {inverted ? (
        <p
          className="mq-app-filters__warning"
          role="alert"
          id={periodMessageId}
          data-testid="filter-period-error"
        >
          {t('filters.invalidPeriod')}
        </p>
      ) : null}
    </section>
  );
}
