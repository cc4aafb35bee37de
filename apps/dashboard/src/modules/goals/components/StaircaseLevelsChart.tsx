import { ChartFrame, DataTable, StaircaseChart } from '@mintq/ui';
import { Responsive } from '../../../common/components/Responsive.js';
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
  const table = (
    <DataTable
      caption={t('goals.staircaseTitle')}
      hideCaption
      columns={[
        { key: 'level', header: t('goals.level'), value: stepLabel, rowHeader: true },
        {
          key: 'goals',
          header: t('goals.goals'),
          value: (s: Step) => s.goals ?? null,
          suppressed: (s: Step) => s.suppressed,
        },
        {
          key: 'attained',
          header: t('goals.attained'),
          value: (s: Step) => s.attained ?? null,
          suppressed: (s: Step) => s.suppressed,
        },
      ]}
      rows={steps}
      rowKey={(s) => String(s.level)}
      locale={format.locale}
      labels={{ suppressed }}
    />
  );
  return (
    <ChartFrame
      title={t('goals.staircaseTitle')}
      description={t('goals.staircaseDescription')}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      table={table}
    >
      <Responsive>
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
      </Responsive>
    </ChartFrame>
  );
}
