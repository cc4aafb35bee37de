import type { ReportContent } from '@mintq/contract';
import { ReportChapter } from '../ReportChapter.js';
import { useReportLocale } from '../report-locale.js';
import { GoalAttainmentFigures } from './GoalAttainmentFigures.js';
import { SurveyOutcomesFigures } from './SurveyOutcomesFigures.js';

/** Props of {@link OutcomesSection}. */
export interface OutcomesSectionProps {
  content: ReportContent;
}

/** Wirkungen: pre→post change per quality dimension, then the attainment of the impact goals. */
export function OutcomesSection({ content }: OutcomesSectionProps) {
  const { t } = useReportLocale();
  // Response rates cover every wave of an instrument, so its second comparison would repeat them.
  const seen = new Set<string>();
  return (
    <ReportChapter id="wirkungen" title={t.outcomesTitle} intro={t.outcomesIntro}>
      {content.surveys.map((survey) => {
        const first = !seen.has(survey.instrument.key);
        seen.add(survey.instrument.key);
        return (
          <SurveyOutcomesFigures
            key={`${survey.instrument.key}-${survey.from}-${survey.to}`}
            survey={survey}
            showResponseRates={first}
          />
        );
      })}
      <GoalAttainmentFigures goals={content.goals} asOf={content.asOf} />
    </ReportChapter>
  );
}
