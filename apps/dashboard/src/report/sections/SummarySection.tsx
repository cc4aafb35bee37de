import type { ReportContent } from '@mintq/contract';
import { DataTable, KpiCard } from '@mintq/ui';
import { ReportChapter } from '../ReportChapter.js';
import { useReportLocale } from '../report-locale.js';
import { sumVisible } from '../sum-visible.js';
import { dimensionColumns } from './SurveyOutcomesFigures.js';

/** The headline columns of the first comparison: which dimensions changed, and how surely. */
const SUMMARY_COLUMNS = ['dimension', 'n', 'meanDiff', 'ci'];

/** Props of {@link SummarySection}. */
export interface SummarySectionProps {
  content: ReportContent;
}

/** Zusammenfassung in Zahlen: the key figures of every later chapter as KPI cards. */
export function SummarySection({ content }: SummarySectionProps) {
  const { t, format, k, suppressedLabel, labels } = useReportLocale();
  const { reach, goals, funnel } = content;
  const locale = format.locale;
  const enrolled = sumVisible(
    funnel,
    (f) => f.enrolled,
    (f) => f.suppressed,
  );
  const completed = sumVisible(
    funnel,
    (f) => f.completed,
    (f) => f.suppressed,
  );
  const event = content.events[0]?.feedback;
  // The first comparison (PRE→POST of the self-assessment) is the headline outcome.
  const survey = content.surveys[0];
  // A KPI card shows only the bare •, so the grid carries the explanation once, as tables do.
  const anySuppressed =
    enrolled.value === null ||
    completed.value === null ||
    reach.suppressed ||
    goals.suppressed ||
    (event?.suppressed ?? false);
  return (
    <ReportChapter
      id="zusammenfassung"
      title={t.summaryTitle}
      intro={t.summaryIntro(
        content.funder.name,
        format.date(content.period.from),
        format.date(content.period.to),
      )}
    >
      <div className="rp-kpis">
        <KpiCard
          label={t.kpiEnrolled}
          value={enrolled.value}
          suppressed={enrolled.value === null}
          description={
            enrolled.partial && enrolled.value !== null ? t.kpiPartialTotal(k) : t.kpiEnrolledDescription
          }
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiCompleted}
          value={completed.value}
          suppressed={completed.value === null}
          description={completed.partial && completed.value !== null ? t.kpiPartialTotal(k) : undefined}
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiMultipliers}
          value={reach.multipliers}
          suppressed={reach.suppressed}
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiActivities}
          value={reach.activities}
          suppressed={reach.suppressed}
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiInitiatives}
          value={reach.initiativesReached}
          suppressed={reach.suppressed}
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiYouth}
          value={reach.youthReachedEstimate}
          suppressed={reach.suppressed}
          hint={t.estimate}
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiAttainmentRate}
          value={goals.attainmentRate}
          suppressed={goals.suppressed}
          format="percent"
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiMeanTScore}
          value={goals.meanTScore}
          suppressed={goals.suppressed}
          format="decimal"
          digits={1}
          description={
            goals.tScoreParticipants !== null && !goals.suppressed
              ? t.kpiMeanTScoreDescription(format.number(goals.tScoreParticipants))
              : undefined
          }
          locale={locale}
          labels={labels}
        />
        <KpiCard
          label={t.kpiNps}
          value={event?.nps ?? null}
          suppressed={event?.suppressed ?? false}
          format={(v) => format.signed(v, 0)}
          description={t.npsScale}
          locale={locale}
          labels={labels}
        />
      </div>
      {survey ? (
        <div className="rp-summary-outcomes">
          <h3 className="rp-subtitle">
            {t.forestTitle} –{' '}
            {t.surveyTitle(
              survey.instrument.name,
              t.waves[survey.from] ?? survey.from,
              t.waves[survey.to] ?? survey.to,
            )}
          </h3>
          <DataTable
            caption={t.forestTitle}
            hideCaption
            columns={dimensionColumns(t, format, survey).filter((column) =>
              SUMMARY_COLUMNS.includes(column.key),
            )}
            rows={survey.outcomes.dimensions}
            rowKey={(row) => row.dimension}
            locale={locale}
            labels={labels}
          />
        </div>
      ) : null}
      {anySuppressed ? (
        <p className="rp-note">
          <span aria-hidden="true">•</span> {suppressedLabel}
        </p>
      ) : null}
    </ReportChapter>
  );
}
