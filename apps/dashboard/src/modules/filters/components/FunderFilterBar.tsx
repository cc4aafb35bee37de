import { useEffect, useState } from 'react';
import { SelectField } from '../../../common/components/Field.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { periodFilters, periodOf } from '../funderFilters.js';
import { useCohortOptions } from '../hooks/useCohortOptions.js';
import { useScopeFilters } from '../hooks/useScopeFilters.js';
import type { ScopeFilters } from '../scopeFilters.js';

/**
 * The filters of a funder user: exactly its query space (docs/privacy.md). The period is "since
 * the start" or one calendar year; the cohort all funded ones or exactly one; no states. The
 * as-of date says where the period really ends (at the latest, the last completed month).
 */
export function FunderFilterBar() {
  const { t, format } = useI18n();
  const { filters, setFilters, funderSpace, asOf, mapped } = useScopeFilters();
  const { options } = useCohortOptions(false);
  const [adjusted, setAdjusted] = useState(false);

  // A link holding more than a funder may see (e.g. an admin's) is rewritten to the view shown,
  // so the URL, the bar and the numbers agree and a copied link is one the funder can use.
  useEffect(() => {
    if (!mapped) return;
    setAdjusted(true);
    setFilters(filters);
  }, [mapped, filters, setFilters]);

  if (!funderSpace) return null;
  const choose = (next: ScopeFilters) => {
    setAdjusted(false);
    setFilters(next);
  };
  const period = periodOf(filters);
  const years = [...funderSpace.years].reverse();
  return (
    <section className="mq-app-filters" aria-label={t('filters.title')} data-testid="filters">
      <SelectField
        label={t('filters.period')}
        value={String(period)}
        options={[
          { value: 'all', label: t('filters.sinceStart') },
          ...years.map((year) => ({ value: String(year), label: String(year) })),
        ]}
        onChange={(value) =>
          choose({ ...filters, ...periodFilters(value === 'all' ? 'all' : Number(value)) })
        }
        testId="filter-period"
      />
      <SelectField
        label={t('filters.cohort')}
        value={filters.cohorts[0] ?? ''}
        options={[
          { value: '', label: t('filters.allFundedCohorts') },
          ...options.map((o) => ({ value: o.key, label: o.label })),
        ]}
        onChange={(value) => choose({ ...filters, cohorts: value ? [value] : [] })}
        testId="filter-cohort"
        wide
      />
      {asOf ? (
        <p className="mq-app-as-of mq-app-filters__as-of" data-testid="filter-as-of">
          {t('filters.asOf', { date: format.date(asOf) })}
        </p>
      ) : null}
      {adjusted ? (
        <p className="mq-app-filters__note" role="status">
          {t('filters.adjusted')}
        </p>
      ) : null}
    </section>
  );
}
