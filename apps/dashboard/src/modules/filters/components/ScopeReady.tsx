import { LoadingState } from '@mintq/ui';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n.js';
import { useScopeFilters } from '../hooks/useScopeFilters.js';
import { hasInvertedPeriod } from '../scopeFilters.js';

/**
 * Renders a filtered page once its scope is known: for a funder user only after the funded
 * cohorts and years are loaded, so that no query leaves with filters outside its query space.
 * A reversed period renders nothing: the filter bar says what to fix, and a query would only
 * come back refused, once per chart.
 */
export function ScopeReady({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { ready, filters } = useScopeFilters();
  if (hasInvertedPeriod(filters)) return null;
  return ready ? children : <LoadingState label={t('status.loading')} />;
}
