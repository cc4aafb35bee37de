import type { DataTableColumn } from '@mintq/ui';
import { Definition } from '../../../common/components/Definition.js';
import { QueryState } from '../../../common/components/QueryState.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { Table } from '../../../common/components/Table.js';
import type { ScopeInput } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortColumn } from '../../filters/hooks/useCohortLabel.js';
import { useDimensionName } from '../../surveys/hooks/useDimensionName.js';
import { type CohortChange, useCohortChange } from '../hooks/useCohortChange.js';

/** The quality dimensions the cohorts' answers name, in the API's order (every cohort lists the same). */
function dimensionsOf(rows: readonly CohortChange[]): string[] {
  return [...new Set(rows.flatMap((row) => row.outcomes.dimensions.map((d) => d.dimension)))];
}

function outcomeOf(row: CohortChange, dimension: string) {
  return row.outcomes.dimensions.find((d) => d.dimension === dimension);
}

/**
 * The overview's mean pre → post change per quality dimension, one row per cohort in scope:
 * each row is what the overview's change card shows with a filter on that one cohort, hidden
 * dimensions (•) included.
 */
export function CohortChangeTable({ instrument, scope }: { instrument: string; scope: ScopeInput }) {
  const { t, format } = useI18n();
  const cohortColumn = useCohortColumn<CohortChange>();
  const dimensionName = useDimensionName();
  const { cohorts, loading, error, refetch } = useCohortChange(instrument, scope);
  return (
    <SectionCard title={t('overview.changeByCohortTitle')} testId="cohort-change">
      <p className="mq-app-note">{t('overview.changeByCohortDescription')}</p>
      <Definition term="dimensionChange" />
      <QueryState data={cohorts} loading={loading} error={error} onRetry={refetch}>
        {(rows) => (
          <Table
            caption={t('overview.changeByCohortTitle')}
            hideCaption
            columns={[
              cohortColumn,
              ...dimensionsOf(rows).map(
                (dimension): DataTableColumn<CohortChange> => ({
                  key: dimension,
                  header: dimensionName(dimension),
                  value: (row) => outcomeOf(row, dimension)?.meanDiff ?? null,
                  suppressed: (row) => outcomeOf(row, dimension)?.suppressed ?? false,
                  format: (value) => format.signed(value, 2),
                }),
              ),
            ]}
            rows={rows}
            rowKey={(row) => row.cohort}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
