import type { ReportChart as ReportChartModel } from '@mintq/report-model';
import {
  CascadeChart,
  CumulativeLineChart,
  DivergingBarChart,
  ForestPlot,
  FunnelChart,
  MonthBarChart,
  StaircaseChart,
  StateTileMap,
} from '@mintq/ui';

/** Props of {@link ReportChart}. */
export interface ReportChartProps {
  chart: ReportChartModel;
  locale: string;
  suppressedLabel: string;
  /** The mark of a missing value, "–". */
  missing: string;
}

const hidden = (row: { hidden: boolean }) => row.hidden;

/**
 * A chart of the printed report at its fixed print size, drawn by the dashboard's chart
 * components from the model's chart data (hidden values there are null already).
 */
export function ReportChart({ chart, locale, suppressedLabel: suppressed, missing }: ReportChartProps) {
  switch (chart.kind) {
    case 'cascade':
      return (
        <CascadeChart
          data={chart.stages}
          label={(d) => d.label}
          value={(d) => d.value}
          estimate={(d) => d.estimate}
          width={400}
          rowHeight={44}
          locale={locale}
          labels={{ chart: chart.title, suppressed, estimate: chart.estimate, missing }}
        />
      );
    case 'stateMap':
      return (
        <StateTileMap
          data={chart.states}
          state={(d) => d.state}
          value={(d) => d.value}
          suppressed={hidden}
          stateName={(code) => chart.states.find((s) => s.state === code)?.name ?? code}
          format="number"
          width={260}
          locale={locale}
          labels={{
            chart: chart.title,
            value: chart.valueLabel,
            suppressed,
            noData: chart.noData,
            legend: chart.valueLabel,
          }}
        />
      );
    case 'months':
      return (
        <div className="rp-chart-stack">
          <MonthBarChart
            data={chart.months}
            month={(row) => row.month}
            series={chart.series.map((s) => ({
              key: s.key,
              label: s.label,
              value: (row: (typeof chart.months)[number]) => row[s.key],
            }))}
            suppressed={hidden}
            width={640}
            height={190}
            locale={locale}
            labels={{ chart: chart.title, suppressed, legend: chart.legend }}
          />
          <CumulativeLineChart
            data={chart.months}
            month={(row) => row.month}
            value={(row) => row.cumulative}
            suppressed={hidden}
            width={640}
            height={170}
            locale={locale}
            labels={{ chart: chart.cumulativeTitle, value: chart.cumulativeTitle, suppressed }}
          />
        </div>
      );
    case 'funnel':
      return (
        <FunnelChart
          data={chart.cohorts}
          cohort={(row) => row.cohort}
          steps={chart.steps.map((step, i) => ({
            ...step,
            value: (row: (typeof chart.cohorts)[number]) => row.values[i] ?? null,
          }))}
          suppressed={hidden}
          width={640}
          locale={locale}
          labels={{ chart: chart.title, suppressed, ofFirst: chart.ofFirst, legend: chart.legend }}
        />
      );
    case 'forest':
      return (
        <ForestPlot
          data={chart.rows}
          label={(row) => row.dimension}
          n={(row) => row.n}
          waves={[
            { ...chart.from, mean: (row) => row.meanFrom },
            { ...chart.to, mean: (row) => row.meanTo },
          ]}
          difference={{
            value: (row) => row.meanDiff,
            ciLow: (row) => row.ciLow,
            ciHigh: (row) => row.ciHigh,
          }}
          suppressed={hidden}
          // The item scale's full range (1–5), as on the dashboard: never cut to the means' range.
          domain={[chart.scaleMin, chart.scaleMax]}
          width={640}
          rowHeight={44}
          locale={locale}
          labels={{ chart: chart.title, suppressed, ...chart.labels }}
        />
      );
    case 'staircase':
      return (
        <StaircaseChart
          data={chart.levels}
          level={(row) => row.level}
          goals={(row) => row.goals}
          attained={(row) => row.attained}
          suppressed={hidden}
          levelLabel={(level) => `${chart.labels.level} ${level}`}
          width={640}
          height={220}
          locale={locale}
          labels={{
            chart: chart.title,
            goals: chart.labels.goals,
            attained: chart.labels.attained,
            suppressed,
            tiers: {
              output: chart.labels.output,
              outcome: chart.labels.outcome,
              impact: chart.labels.impact,
            },
          }}
        />
      );
    case 'gasLevels':
      return (
        <DivergingBarChart
          data={chart.levels}
          level={(row) => row.level}
          count={(row) => row.goals}
          suppressed={hidden}
          levelLabel={(level) => chart.levels.find((l) => l.level === level)?.label ?? String(level)}
          width={300}
          rowHeight={30}
          locale={locale}
          labels={{ chart: chart.title, suppressed, unit: chart.unit }}
        />
      );
  }
}
