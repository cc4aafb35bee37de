import { EmptyState } from '@mintq/ui';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { Table } from '../../../common/components/Table.js';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortLabel } from '../../filters/hooks/useCohortLabel.js';
import { type OverdueGoal, useOverdueGoals } from '../hooks/useOverdueGoals.js';

/** The PHINEO tier of a Wirkungstreppe step: 1–3 Output, 4–6 Outcome, 7 Impact (the same in both languages). */
function tierOf(level: number): string {
  return level <= 3 ? 'Output' : level <= 6 ? 'Outcome' : 'Impact';
}

/**
 * Overdue goals one per row (goal, participant key, cohort, due date, staircase step), by due
 * date; with the coordinator's name and network for those who may read them (project leads
 * follow the goals up with the person, analysts see keys only).
 */
export function OverdueGoalsTable({ scope, withNames }: { scope: ScopeInput; withNames: boolean }) {
  const { t, format } = useI18n();
  const { overdueGoals, loading, error, refetch } = useOverdueGoals(scope);
  const cohortLabel = useCohortLabel();
  const nameColumns = withNames
    ? [
        { key: 'name', header: t('goals.overdueName'), value: (g: OverdueGoal) => g.displayName ?? '–' },
        { key: 'network', header: t('goals.overdueNetwork'), value: (g: OverdueGoal) => g.network ?? '–' },
      ]
    : [];
  // "4 (Outcome)": the step's tier stays short enough for a phone; the chart above names the steps.
  const level = (g: OverdueGoal) =>
    g.level === null || g.level === undefined ? null : `${g.level} (${tierOf(g.level)})`;
  return (
    <SectionCard title={t('goals.overdueTitle')} testId="overdue-goals">
      <p className="mq-app-note">{t('goals.overdueDescription')}</p>
      <QueryState data={overdueGoals} loading={loading} error={error} onRetry={refetch}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('goals.overdueEmpty')} />
          ) : (
            <Table
              caption={t('goals.overdueCount', { count: format.number(rows.length) })}
              columns={[
                {
                  key: 'goal',
                  header: t('goals.overdueGoal'),
                  value: (g: OverdueGoal) => g.goal,
                  rowHeader: true,
                },
                {
                  key: 'participant',
                  header: t('goals.overdueParticipant'),
                  value: (g: OverdueGoal) => g.participant,
                },
                ...nameColumns,
                {
                  key: 'cohort',
                  header: t('goals.overdueCohort'),
                  value: (g: OverdueGoal) => cohortLabel(g.cohort),
                },
                {
                  key: 'dueOn',
                  header: t('goals.overdueDueOn'),
                  value: (g: OverdueGoal) => format.date(g.dueOn),
                },
                { key: 'level', header: t('goals.overdueLevel'), value: level },
              ]}
              rows={rows}
              rowKey={(g) => g.goal}
            />
          )
        }
      </QueryState>
    </SectionCard>
  );
}
