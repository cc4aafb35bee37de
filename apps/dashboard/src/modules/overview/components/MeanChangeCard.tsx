import { useId } from 'react';
import { Definition } from '../../../common/components/Definition.js';
import { Num } from '../../../common/components/Num.js';
import type { SurveyOutcomesQuery } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { useDimensionName } from '../../surveys/hooks/useDimensionName.js';

type Dimension = SurveyOutcomesQuery['surveyOutcomes']['dimensions'][number];

/**
 * The mean pre → post change per quality dimension, as the API computed it. The API has no
 * single overall change, and averaging dimensions in the browser would invent a new metric.
 */
export function MeanChangeCard({
  dimensions,
  loading,
}: {
  dimensions: readonly Dimension[];
  loading: boolean;
}) {
  const { t, format } = useI18n();
  const dimensionName = useDimensionName();
  const labelId = useId();
  return (
    <div className="mq-app-kpi" data-testid="kpi-mean-change">
      <section className="mq-kpi mq-app-kpi-list" aria-labelledby={labelId}>
        <div className="mq-kpi__label" id={labelId}>
          {t('kpi.meanChange')}
        </div>
        {dimensions.length === 0 ? (
          <div className="mq-kpi__value">{loading ? '…' : '–'}</div>
        ) : (
          <dl className="mq-app-kpi-list__items">
            {dimensions.map((d) => (
              <div key={d.dimension} className="mq-app-kpi-list__row">
                <dt>{dimensionName(d.dimension)}</dt>
                <dd data-testid={`mean-change-${d.dimension}`}>
                  <Num value={d.meanDiff} suppressed={d.suppressed}>
                    {(v) => format.signed(v, 2)}
                  </Num>
                </dd>
              </div>
            ))}
          </dl>
        )}
        <p className="mq-kpi__description">{t('kpi.meanChangeHint')}</p>
        <Definition term="dimensionChange" />
      </section>
    </div>
  );
}
