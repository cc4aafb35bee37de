import { Kpi } from '../../../common/components/Kpi.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { GoalAttainment } from '../hooks/useGoalAttainment.js';

/** Props of {@link GoalRateKpis}. */
export interface GoalRateKpisProps {
  goals: Pick<
    GoalAttainment,
    'attainmentRate' | 'meanTScore' | 'tScoreParticipants' | 'checkins' | 'suppressed'
  >;
  /** Name and note (with its n) of the T-score card: the overview says more than the goals page. */
  tScore: { label: MessageKey; description: MessageKey };
}

/** The attainment rate with the check-ins behind it and the mean GAS T-score with its n (• when hidden), on the goals page and the overview. */
export function GoalRateKpis({ goals, tScore }: GoalRateKpisProps) {
  const { t, format } = useI18n();
  return (
    <>
      <Kpi
        testId="kpi-attainment-rate"
        definition="goalAttainment"
        label={t('kpi.attainmentRate')}
        value={goals.attainmentRate ?? null}
        suppressed={goals.suppressed}
        format="percent"
        // The evidence behind the rate: how many check-ins its levels come from (• when hidden).
        description={`${t('kpi.attainmentRateHint')}, ${t('goals.checkinsN', {
          n: goals.suppressed ? '•' : format.number(goals.checkins),
        })}`}
      />
      <Kpi
        testId="kpi-mean-t-score"
        definition="tScore"
        label={t(tScore.label)}
        value={goals.meanTScore ?? null}
        suppressed={goals.suppressed}
        format="decimal"
        digits={1}
        // A hidden n is •, as every hidden number.
        description={t(tScore.description, {
          n: goals.suppressed ? '•' : format.number(goals.tScoreParticipants),
        })}
      />
    </>
  );
}
