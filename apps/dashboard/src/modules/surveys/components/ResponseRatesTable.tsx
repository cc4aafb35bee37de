import { Definition } from '../../../common/components/Definition.js';
import { SectionCard } from '../../../common/components/SectionCard.js';
import { metricColumn, Table } from '../../../common/components/Table.js';
import type { SurveyOutcomesQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useCohortLabel } from '../../filters/hooks/useCohortLabel.js';

type Rate = SurveyOutcomesQuery['surveyOutcomes']['responseRates'][number];

/** Response rates per cohort and wave, as the API computed them. */
export function ResponseRatesTable({ rates }: { rates: readonly Rate[] }) {
  const { t } = useI18n();
  const cohortLabel = useCohortLabel();
  return (
    <SectionCard title={t('surveys.ratesTitle')}>
      <Definition term="responseRate" />
      <Table
        caption={t('surveys.ratesCaption')}
        columns={[
          {
            key: 'cohort',
            header: t('surveys.cohort'),
            value: (r: Rate) => cohortLabel(r.cohort),
            rowHeader: true,
          },
          { key: 'wave', header: t('surveys.wave'), value: (r: Rate) => t(`wave.${r.wave}`) },
          metricColumn('responded', t('surveys.responded'), (r: Rate) => r.responded),
          metricColumn('eligible', t('surveys.eligible'), (r: Rate) => r.eligible),
          metricColumn('rate', t('surveys.rate'), (r: Rate) => r.rate, { format: 'percent' }),
        ]}
        rows={rates}
        rowKey={(r) => `${r.cohort}-${r.wave}`}
      />
      <p className="mq-app-note" data-testid="rates-n">
        {t('surveys.ratesN', { responded: t('surveys.responded'), eligible: t('surveys.eligible') })}
      </p>
    </SectionCard>
  );
}
