import { ChartFrame, DataTable, DivergingBarChart } from '@mintq/ui';
import { Responsive } from '../../../common/components/Responsive.js';
import { useSuppressedLabel } from '../../../common/hooks/useSuppressedLabel.js';
import type { MessageKey } from '../../../i18n/de.js';
import { useI18n } from '../../../i18n/useI18n.js';
import type { GoalAttainment } from '../hooks/useGoalAttainment.js';

type Level = GoalAttainment['levels'][number];

/** GAS levels −2 … +2 as a diverging bar, with its table. */
export function GasLevelsChart({ levels }: { levels: readonly Level[] }) {
  const { t, format } = useI18n();
  const suppressed = useSuppressedLabel();
  const levelLabel = (l: Level) => t(`goals.level.${l.level}` as MessageKey);
  const table = (
    <DataTable
      caption={t('goals.levelsTitle')}
      hideCaption
      columns={[
        { key: 'level', header: t('goals.level'), value: levelLabel, rowHeader: true },
        {
          key: 'goals',
          header: t('goals.goals'),
          value: (l: Level) => l.goals ?? null,
          suppressed: (l: Level) => l.suppressed,
        },
      ]}
      rows={levels}
      rowKey={(l) => String(l.level)}
      locale={format.locale}
      labels={{ suppressed }}
    />
  );
  return (
    <ChartFrame
      title={t('goals.levelsTitle')}
      description={t('goals.levelsDescription')}
      labels={{ showTable: t('chart.showTable'), showChart: t('chart.showChart') }}
      table={table}
    >
      <Responsive>
        {(width) => (
          <DivergingBarChart
            data={levels}
            level={(l) => l.level}
            count={(l) => l.goals ?? null}
            suppressed={(l) => l.suppressed}
            levelLabel={(level) => t(`goals.level.${level}` as MessageKey)}
            labelWidth={Math.min(180, Math.round(width * 0.4))}
            width={width}
            locale={format.locale}
            labels={{ chart: t('goals.levelsTitle'), suppressed, unit: t('goals.goals') }}
          />
        )}
      </Responsive>
    </ChartFrame>
  );
}
