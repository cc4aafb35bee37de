import type { DataTableColumn } from '@mintq/ui';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { Table } from '../../../common/components/Table.js';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortColumn } from '../../filters/hooks/useCohortLabel.js';
import { type CohortHeadlines, useCohortHeadlines } from '../hooks/useCohortHeadlines.js';

/**
 * A column of one of the row's two aggregates (reach or goals): hidden (•) by that aggregate's
 * own flag, as on the page filtered to the cohort.
 */
function headline<P extends 'reach' | 'goals'>(
  part: P,
  key: string,
  header: string,
  value: (metric: CohortHeadlines[P]) => number | null | undefined,
  options: Pick<DataTableColumn<CohortHeadlines>, 'format' | 'digits'> = {},
): DataTableColumn<CohortHeadlines> {
  return {
    key,
    header,
    value: (row) => value(row[part]) ?? null,
    suppressed: (row) => row[part].suppressed,
    ...options,
  };
}

/**
 * The overview's headline numbers side by side, one row per cohort in scope. Each row is what
 * the page shows with a filter on that one cohort: for funders the same hidden cells (•).
 */
export function CohortHeadlinesTable({ scope }: { scope: ScopeInput }) {
  const { t } = useI18n();
  const cohortColumn = useCohortColumn<CohortHeadlines>();
  const { cohorts, loading, error, refetch } = useCohortHeadlines(scope);
  return (
    <SectionCard title={t('overview.byCohortTitle')} testId="cohort-headlines">
      <p className="mq-app-note">{t('overview.byCohortDescription')}</p>
      <QueryState data={cohorts} loading={loading} error={error} onRetry={refetch}>
        {(rows) => (
          <Table
            caption={t('overview.byCohortTitle')}
            // The card's heading already names the table.
            hideCaption
            columns={[
              cohortColumn,
              headline('reach', 'multipliers', t('kpi.multipliers'), (r) => r.multipliers),
              headline('reach', 'activeMultipliers', t('kpi.activeMultipliers'), (r) => r.activeMultipliers),
              headline('reach', 'initiatives', t('kpi.initiatives'), (r) => r.initiativesReached),
              headline('reach', 'educators', t('kpi.educators'), (r) => r.educatorsReached),
              headline(
                'reach',
                'youth',
                `${t('kpi.youth')} (${t('kpi.estimate')})`,
                (r) => r.youthReachedEstimate,
              ),
              headline('goals', 'attainmentRate', t('kpi.attainmentRate'), (g) => g.attainmentRate, {
                format: 'percent',
              }),
              headline('goals', 'meanTScore', t('kpi.meanTScore'), (g) => g.meanTScore, {
                format: 'decimal',
                digits: 1,
              }),
            ]}
            rows={rows}
            rowKey={(row) => row.cohort}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
