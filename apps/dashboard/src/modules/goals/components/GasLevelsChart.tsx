import { DivergingBarChart } from '@mintq/ui';
import { ChartCard } from '../../../common/components/ChartCard.js';
import { metricColumn } from '../../../common/components/Table.js';
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
  return (
    <ChartCard
      title={t('goals.levelsTitle')}
      description={t('goals.levelsDescription')}
      definition="gasLevels"
      table={{
        columns: [
          { key: 'level', header: t('goals.level'), value: levelLabel, rowHeader: true },
          metricColumn('goals', t('goals.goals'), (l: Level) => l.goals),
        ],
        rows: levels,
        rowKey: (l) => String(l.level),
      }}
    >
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
    </ChartCard>
  );
}
