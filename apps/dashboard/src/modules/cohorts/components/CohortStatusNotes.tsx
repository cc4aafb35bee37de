import { todayInBerlin } from '@mintq/ui';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortsByKey } from '../../filters/hooks/useCohortLabel.js';
import { useScopeFilters } from '../../filters/hooks/useScopeFilters.js';
import type { CohortFunnel } from '../hooks/useCohortFunnel.js';

/**
 * Says why a cohort's "Abgeschlossen" can be 0 (0 %): it is still running at the view's as-of
 * date, or it has ended but no completion has been imported yet. Cohort dates describe no
 * people; a hidden count (•) gets no note, so nothing is said about it.
 */
export function CohortStatusNotes({ cohorts }: { cohorts: readonly CohortFunnel[] }) {
  const { t, format } = useI18n();
  const byKey = useCohortsByKey();
  const asOf = useScopeFilters().asOf ?? todayInBerlin();
  const notes = cohorts.flatMap((funnel) => {
    const cohort = byKey.get(funnel.cohort);
    if (!cohort) return [];
    const params = { cohort: cohort.label, date: format.date(cohort.endsOn) };
    if (cohort.endsOn > asOf) return [{ key: cohort.key, text: t('cohorts.running', params) }];
    if (funnel.completed === 0 && (funnel.enrolled ?? 0) > 0)
      return [{ key: cohort.key, text: t('cohorts.noCompletions', params) }];
    return [];
  });
  if (notes.length === 0) return null;
  return (
    <ul className="mq-app-note" data-testid="cohort-status">
      {notes.map((note) => (
        <li key={note.key}>{note.text}</li>
      ))}
    </ul>
  );
}
