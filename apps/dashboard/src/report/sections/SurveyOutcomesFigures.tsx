import type { PublicDimensionOutcome, PublicWaveResponseRate, ReportSurvey } from '@mintq/contract';
import { DataTable, type DataTableColumn, ForestPlot } from '@mintq/ui';
import type { Formatter } from '../../i18n/format.js';
import { hasVisible } from '../has-visible.js';
import { ReportFigure } from '../ReportFigure.js';
import { useReportLocale } from '../report-locale.js';
import type { ReportMessages } from '../report-messages.js';

/** Props of {@link SurveyOutcomesFigures}. */
export interface SurveyOutcomesFiguresProps {
  survey: ReportSurvey;
  /** False for a second comparison of the same instrument, whose response rates were shown already. */
  showResponseRates?: boolean;
}

/** The usual thresholds for a standardised mean difference (Cohen 1988). */
function effectLabel(
  g: number,
  t: { effectNone: string; effectSmall: string; effectMedium: string; effectLarge: string },
) {
  const size = Math.abs(g);
  if (size >= 0.8) return t.effectLarge;
  if (size >= 0.5) return t.effectMedium;
  if (size >= 0.2) return t.effectSmall;
  return t.effectNone;
}

const isSuppressed = (row: PublicDimensionOutcome) => row.suppressed;

/**
 * The columns of a comparison's table, one row per dimension. The summary shows the headline
 * ones (dimension, n, difference, CI) with the same formats.
 */
export function dimensionColumns(
  t: ReportMessages,
  format: Formatter,
  survey: ReportSurvey,
): DataTableColumn<PublicDimensionOutcome>[] {
  const fromWave = t.waves[survey.from] ?? survey.from;
  const toWave = t.waves[survey.to] ?? survey.to;
  return [
    { key: 'dimension', header: t.dimension, value: (row) => row.dimension, rowHeader: true },
    { key: 'n', header: t.outcomeN, value: (row) => row.n, suppressed: isSuppressed },
    {
      key: 'meanFrom',
      header: t.outcomeMeanFrom(fromWave),
      value: (row) => row.meanFrom,
      suppressed: isSuppressed,
      format: 'decimal',
    },
    {
      key: 'meanTo',
      header: t.outcomeMeanTo(toWave),
      value: (row) => row.meanTo,
      suppressed: isSuppressed,
      format: 'decimal',
    },
    {
      key: 'meanDiff',
      header: t.outcomeDiff,
      value: (row) => (row.meanDiff === null ? null : format.signed(row.meanDiff)),
      suppressed: isSuppressed,
    },
    {
      key: 'ci',
      header: t.outcomeCi,
      value: (row) =>
        row.ciLow === null || row.ciHigh === null
          ? null
          : `[${format.signed(row.ciLow)}; ${format.signed(row.ciHigh)}]`,
      suppressed: isSuppressed,
    },
    {
      key: 'gz',
      header: t.outcomeGz,
      value: (row) => (row.gz === null ? null : format.signed(row.gz)),
      suppressed: isSuppressed,
    },
    {
      key: 'effect',
      header: t.outcomeEffect,
      value: (row) => (row.gz === null ? null : effectLabel(row.gz, t)),
      suppressed: isSuppressed,
    },
    {
      key: 'p',
      header: t.outcomeP,
      value: (row) => (row.p === null ? null : format.pValue(row.p)),
      suppressed: isSuppressed,
    },
    {
      key: 'alpha',
      header: t.outcomeAlpha,
      value: (row) =>
        row.alphaFrom === null && row.alphaTo === null
          ? null
          : `${format.decimal(row.alphaFrom)} / ${format.decimal(row.alphaTo)}`,
      suppressed: isSuppressed,
    },
  ];
}

/** One self-assessment comparison: change per dimension with CI and effect size, and the response rates. */
export function SurveyOutcomesFigures({ survey, showResponseRates = true }: SurveyOutcomesFiguresProps) {
  const { t, format, suppressedLabel, labels } = useReportLocale();
  const locale = format.locale;
  const fromWave = t.waves[survey.from] ?? survey.from;
  const toWave = t.waves[survey.to] ?? survey.to;
  const dimensions = dimensionColumns(t, format, survey);
  const rates: DataTableColumn<PublicWaveResponseRate>[] = [
    { key: 'cohort', header: t.cohort, value: (row) => row.cohort, rowHeader: true },
    { key: 'wave', header: t.responseWave, value: (row) => t.waves[row.wave] ?? row.wave },
    {
      key: 'responded',
      header: t.responseResponded,
      value: (row) => row.responded,
      suppressed: (row) => row.suppressed,
    },
    {
      key: 'eligible',
      header: t.responseEligible,
      value: (row) => row.eligible,
      suppressed: (row) => row.suppressed,
    },
    {
      key: 'rate',
      header: t.responseRate,
      value: (row) => row.rate,
      suppressed: (row) => row.suppressed,
      format: 'percent',
    },
  ];
  const title = t.surveyTitle(survey.instrument.name, fromWave, toWave);
  // Every accessor yields null for a suppressed dimension, so no hidden value reaches a scale.
  const shown = (value: (row: PublicDimensionOutcome) => number | null) => (row: PublicDimensionOutcome) =>
    row.suppressed ? null : value(row);
  return (
    <div className="rp-survey">
      <ReportFigure
        title={`${t.forestTitle} – ${title}`}
        description={t.forestDescription}
        chart={
          hasVisible(survey.outcomes.dimensions) ? (
            <ForestPlot
              data={survey.outcomes.dimensions}
              label={(row) => row.dimension}
              n={shown((row) => row.n)}
              waves={[
                { key: survey.from, label: fromWave, mean: shown((row) => row.meanFrom) },
                { key: survey.to, label: toWave, mean: shown((row) => row.meanTo) },
              ]}
              difference={{
                value: shown((row) => row.meanDiff),
                ciLow: shown((row) => row.ciLow),
                ciHigh: shown((row) => row.ciHigh),
              }}
              suppressed={isSuppressed}
              width={640}
              rowHeight={44}
              locale={locale}
              labels={{
                chart: title,
                suppressed: suppressedLabel,
                n: t.outcomeN,
                means: t.forestMeans,
                difference: t.forestDifference,
                ci: t.outcomeCi,
              }}
            />
          ) : undefined
        }
        table={
          <DataTable
            caption={title}
            hideCaption
            columns={dimensions}
            rows={survey.outcomes.dimensions}
            rowKey={(row) => row.dimension}
            locale={locale}
            labels={labels}
          />
        }
      />
      {showResponseRates ? (
        <ReportFigure
          title={`${t.responseRatesTitle} – ${survey.instrument.name}`}
          table={
            <DataTable
              caption={t.responseRatesTitle}
              hideCaption
              columns={rates}
              rows={survey.outcomes.responseRates}
              rowKey={(row) => `${row.cohort}-${row.wave}`}
              locale={locale}
              labels={labels}
            />
          }
        />
      ) : null}
    </div>
  );
}
