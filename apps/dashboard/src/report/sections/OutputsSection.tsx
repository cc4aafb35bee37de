import type { PublicCohortFunnel, ReportContent } from '@mintq/contract';
import { DataTable, type DataTableColumn, FunnelChart, type FunnelStep } from '@mintq/ui';
import { hasVisible } from '../has-visible.js';
import { ReportChapter } from '../ReportChapter.js';
import { ReportFigure } from '../ReportFigure.js';
import { useReportLocale } from '../report-locale.js';

/** Props of {@link OutputsSection}. */
export interface OutputsSectionProps {
  content: ReportContent;
}

interface FigureRow {
  key: string;
  label: string;
  value: number | null;
}

/** Leistungen: participation and completion per cohort, the cohort funnel, transfer activities. */
export function OutputsSection({ content }: OutputsSectionProps) {
  const { t, format, suppressedLabel, labels } = useReportLocale();
  const locale = format.locale;
  const { reach } = content;
  const isSuppressed = (row: PublicCohortFunnel) => row.suppressed;
  const count = (
    key: string,
    header: string,
    value: (row: PublicCohortFunnel) => number | null,
  ): DataTableColumn<PublicCohortFunnel> => ({ key, header, value, suppressed: isSuppressed });
  const participation: DataTableColumn<PublicCohortFunnel>[] = [
    { key: 'cohort', header: t.cohort, value: (row) => row.cohort, rowHeader: true },
    count('enrolled', t.funnelEnrolled, (row) => row.enrolled),
    count('withdrawn', t.funnelWithdrawn, (row) => row.withdrawn),
    count('completed', t.funnelCompleted, (row) => row.completed),
    {
      key: 'completionRate',
      header: t.funnelCompletionRate,
      // A cohort nobody enrolled in has no rate, not a rate of 0.
      value: (row) =>
        row.enrolled !== null && row.completed !== null && row.enrolled > 0
          ? row.completed / row.enrolled
          : null,
      suppressed: isSuppressed,
      format: 'percent',
    },
  ];
  const funnelColumns: DataTableColumn<PublicCohortFunnel>[] = [
    { key: 'cohort', header: t.cohort, value: (row) => row.cohort, rowHeader: true },
    count('enrolled', t.funnelEnrolled, (row) => row.enrolled),
    count('completed', t.funnelCompleted, (row) => row.completed),
    count('selfAssessmentPre', t.funnelSelfAssessment, (row) => row.selfAssessmentPre),
    count('goalsSet', t.funnelGoalsSet, (row) => row.goalsSet),
    count('goalAttained', t.funnelGoalAttained, (row) => row.goalAttained),
  ];
  // Suppressed cohorts give null, so no hidden count can reach a scale.
  const step = (
    key: string,
    label: string,
    value: (row: PublicCohortFunnel) => number | null,
  ): FunnelStep<PublicCohortFunnel> => ({ key, label, value: (row) => (row.suppressed ? null : value(row)) });
  const steps = [
    step('enrolled', t.funnelEnrolled, (row) => row.enrolled),
    step('completed', t.funnelCompleted, (row) => row.completed),
    step('selfAssessmentPre', t.funnelSelfAssessment, (row) => row.selfAssessmentPre),
    step('goalsSet', t.funnelGoalsSet, (row) => row.goalsSet),
    step('goalAttained', t.funnelGoalAttained, (row) => row.goalAttained),
  ];
  const activities: FigureRow[] = [
    { key: 'multipliers', label: t.activitiesMultipliers, value: reach.multipliers },
    { key: 'active', label: t.activitiesActive, value: reach.activeMultipliers },
    { key: 'activities', label: t.activitiesCount, value: reach.activities },
    { key: 'educators', label: t.activitiesEducators, value: reach.educatorsReached },
    { key: 'youth', label: t.activitiesYouth, value: reach.youthReachedEstimate },
  ];
  return (
    <ReportChapter id="leistungen" title={t.outputsTitle} intro={t.outputsIntro}>
      <ReportFigure
        title={t.participationTitle}
        table={
          <DataTable
            caption={t.participationTitle}
            hideCaption
            columns={participation}
            rows={content.funnel}
            rowKey={(row) => row.cohort}
            locale={locale}
            labels={labels}
          />
        }
      />
      <ReportFigure
        title={t.funnelTitle}
        description={t.funnelDescription}
        chart={
          hasVisible(content.funnel) ? (
            <FunnelChart
              data={content.funnel}
              cohort={(row) => row.cohort}
              steps={steps}
              suppressed={isSuppressed}
              width={640}
              locale={locale}
              labels={{
                chart: t.funnelTitle,
                suppressed: suppressedLabel,
                ofFirst: t.funnelOfEnrolled,
                legend: t.cohort,
              }}
            />
          ) : undefined
        }
        table={
          <DataTable
            caption={t.funnelTitle}
            hideCaption
            columns={funnelColumns}
            rows={content.funnel}
            rowKey={(row) => row.cohort}
            locale={locale}
            labels={labels}
          />
        }
      />
      <ReportFigure
        title={t.activitiesTitle}
        table={
          <DataTable
            caption={t.activitiesTitle}
            hideCaption
            columns={[
              { key: 'label', header: t.figure, value: (row: FigureRow) => row.label, rowHeader: true },
              {
                key: 'value',
                header: t.value,
                value: (row: FigureRow) => row.value,
                suppressed: () => reach.suppressed,
              },
            ]}
            rows={activities}
            rowKey={(row) => row.key}
            locale={locale}
            labels={labels}
          />
        }
      />
    </ReportChapter>
  );
}
