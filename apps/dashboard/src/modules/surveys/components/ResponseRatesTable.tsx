import { DataTable } from '@mintq/ui';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { SurveyOutcomesQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';

type Rate = SurveyOutcomesQuery['surveyOutcomes']['responseRates'][number];

/** Response rates per cohort and wave, as the API computed them. */
export function ResponseRatesTable({ rates }: { rates: readonly Rate[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  return (
    <section className="mq-app-card" aria-labelledby="response-rates">
      <h2 className="mq-app-section-title" id="response-rates">
        {t('surveys.ratesTitle')}
      </h2>
      <DataTable
        caption={t('surveys.ratesCaption')}
        columns={[
          { key: 'cohort', header: t('surveys.cohort'), value: (r: Rate) => r.cohort, rowHeader: true },
          { key: 'wave', header: t('surveys.wave'), value: (r: Rate) => t(`wave.${r.wave}`) },
          {
            key: 'responded',
            header: t('surveys.responded'),
            value: (r: Rate) => r.responded ?? null,
            suppressed: (r: Rate) => r.suppressed,
          },
          {
            key: 'eligible',
            header: t('surveys.eligible'),
            value: (r: Rate) => r.eligible ?? null,
            suppressed: (r: Rate) => r.suppressed,
          },
          {
            key: 'rate',
            header: t('surveys.rate'),
            value: (r: Rate) => r.rate ?? null,
            suppressed: (r: Rate) => r.suppressed,
            format: 'percent',
          },
        ]}
        rows={rates}
        rowKey={(r) => `${r.cohort}-${r.wave}`}
        locale={format.locale}
        labels={{ suppressed }}
      />
    </section>
  );
}
