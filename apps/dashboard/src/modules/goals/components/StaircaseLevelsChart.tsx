import { StaircaseChart } from '@mintq/ui';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { metricColumn } from '../../../common/components/Table.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { GoalAttainment } from '../hooks/useGoalAttainment.js';

type Step = GoalAttainment['byStaircaseLevel'][number];

/** The Wirkungstreppe 1–7 with goals and attained goals per step, with its table. */
export function StaircaseLevelsChart({ steps }: { steps: readonly Step[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const stepLabel = (s: Step) => `${s.level} ${t(`goals.stair.${s.level}` as MessageKey)}`;
  return (
    <ChartCard
      title={t('goals.staircaseTitle')}
      description={t('goals.staircaseDescription')}
      definition="staircase"
      table={{
        columns: [
          { key: 'level', header: t('goals.level'), value: stepLabel, rowHeader: true },
          metricColumn('goals', t('goals.goals'), (s: Step) => s.goals),
          metricColumn('attained', t('goals.attained'), (s: Step) => s.attained),
        ],
        rows: steps,
        rowKey: (s) => String(s.level),
      }}
    >
      {(width) => (
        <StaircaseChart
          data={steps}
          level={(s) => s.level}
          goals={(s) => s.goals ?? null}
          attained={(s) => s.attained ?? null}
          suppressed={(s) => s.suppressed}
          width={width}
          locale={format.locale}
          labels={{
            chart: t('goals.staircaseTitle'),
            goals: t('goals.goals'),
            attained: t('goals.attained'),
            suppressed,
            tiers: { output: 'Output', outcome: 'Outcome', impact: 'Impact' },
          }}
        />
      )}
    </ChartCard>
  );
}
