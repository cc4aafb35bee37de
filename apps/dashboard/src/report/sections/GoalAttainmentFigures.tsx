import type { PublicGoalAttainment, PublicLevelCount, PublicStaircaseCount } from '@mintq/contract';
import { DataTable, type DataTableColumn, DivergingBarChart, StaircaseChart } from '@mintq/ui';
import { hasVisible } from '../has-visible.js';
import { ReportFigure } from '../ReportFigure.js';
import { useReportLocale } from '../report-locale.js';

/** Props of {@link GoalAttainmentFigures}. */
export interface GoalAttainmentFiguresProps {
  goals: PublicGoalAttainment;
  /** YYYY-MM-DD the goals are taken at. */
  asOf: string;
}

interface FigureRow {
  key: string;
  label: string;
  value: number | null;
  format?: 'percent' | 'decimal';
}

/** Goal attainment: the key figures, the Wirkungstreppe and the distribution of GAS levels. */
export function GoalAttainmentFigures({ goals, asOf }: GoalAttainmentFiguresProps) {
  const { t, format, suppressedLabel, labels } = useReportLocale();
  const locale = format.locale;
  const figures: FigureRow[] = [
    { key: 'goals', label: t.goalsGoals, value: goals.goals },
    { key: 'attained', label: t.goalsAttained, value: goals.attained },
    { key: 'notAttained', label: t.goalsNotAttained, value: goals.notAttained },
    { key: 'noData', label: t.goalsNoData, value: goals.noData },
    { key: 'overdue', label: t.goalsOverdue, value: goals.overdue },
    { key: 'rate', label: t.goalsRate, value: goals.attainmentRate, format: 'percent' },
    { key: 'meanT', label: t.goalsMeanT, value: goals.meanTScore, format: 'decimal' },
    { key: 'tParticipants', label: t.goalsTParticipants, value: goals.tScoreParticipants },
  ];
  const staircase: DataTableColumn<PublicStaircaseCount>[] = [
    { key: 'level', header: t.staircaseLevel, value: (row) => String(row.level), rowHeader: true },
    { key: 'step', header: t.staircaseStep, value: (row) => t.staircaseSteps[row.level - 1] ?? '' },
    {
      key: 'goals',
      header: t.staircaseGoals,
      value: (row) => row.goals,
      suppressed: (row) => row.suppressed,
    },
    {
      key: 'attained',
      header: t.staircaseAttained,
      value: (row) => row.attained,
      suppressed: (row) => row.suppressed,
    },
  ];
  const levels: DataTableColumn<PublicLevelCount>[] = [
    { key: 'level', header: t.gasLevel, value: (row) => format.signed(row.level, 0), rowHeader: true },
    { key: 'meaning', header: t.staircaseStep, value: (row) => t.gasLevels[String(row.level)] ?? '' },
    { key: 'goals', header: t.gasGoals, value: (row) => row.goals, suppressed: (row) => row.suppressed },
  ];
  return (
    <div className="rp-goals">
      <ReportFigure
        title={t.goalsTitle}
        description={t.goalsIntro(format.date(asOf))}
        table={
          <DataTable
            caption={t.goalsTitle}
            hideCaption
            columns={[
              { key: 'label', header: t.figure, value: (row: FigureRow) => row.label, rowHeader: true },
              {
                key: 'value',
                header: t.value,
                value: (row: FigureRow) =>
                  row.value === null || row.format === undefined
                    ? row.value
                    : row.format === 'percent'
                      ? format.percent(row.value)
                      : format.decimal(row.value, 1),
                suppressed: () => goals.suppressed,
              },
            ]}
            rows={figures}
            rowKey={(row) => row.key}
            locale={locale}
            labels={labels}
          />
        }
      />
      <ReportFigure
        title={t.staircaseTitle}
        description={t.staircaseDescription}
        chart={
          hasVisible(goals.byStaircaseLevel) ? (
            <StaircaseChart
              data={goals.byStaircaseLevel}
              level={(row) => row.level}
              goals={(row) => (row.suppressed ? null : row.goals)}
              attained={(row) => (row.suppressed ? null : row.attained)}
              suppressed={(row) => row.suppressed}
              levelLabel={(level) => `${t.staircaseLevel} ${level}`}
              width={640}
              height={220}
              locale={locale}
              labels={{
                chart: t.staircaseTitle,
                goals: t.staircaseGoals,
                attained: t.staircaseAttained,
                suppressed: suppressedLabel,
                tiers: { output: t.staircaseOutput, outcome: t.staircaseOutcome, impact: t.staircaseImpact },
              }}
            />
          ) : undefined
        }
        table={
          <DataTable
            caption={t.staircaseTitle}
            hideCaption
            columns={staircase}
            rows={goals.byStaircaseLevel}
            rowKey={(row) => String(row.level)}
            locale={locale}
            labels={labels}
          />
        }
      />
      <ReportFigure
        title={t.gasTitle}
        description={t.gasDescription}
        layout="side"
        chart={
          hasVisible(goals.levels) ? (
            <DivergingBarChart
              data={goals.levels}
              level={(row) => row.level}
              count={(row) => (row.suppressed ? null : row.goals)}
              suppressed={(row) => row.suppressed}
              levelLabel={(level) => format.signed(level, 0)}
              width={300}
              rowHeight={30}
              locale={locale}
              labels={{ chart: t.gasTitle, suppressed: suppressedLabel, unit: t.gasGoals }}
            />
          ) : undefined
        }
        table={
          <DataTable
            caption={t.gasTitle}
            hideCaption
            columns={levels}
            rows={goals.levels}
            rowKey={(row) => String(row.level)}
            locale={locale}
            labels={labels}
          />
        }
      />
    </div>
  );
}
