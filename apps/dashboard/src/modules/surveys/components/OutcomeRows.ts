import type { SurveyOutcomesQuery, WaveKind } from '../../../gql/graphql.js';

/** One dimension's paired comparison, tagged with the waves it compares. */
export type OutcomeRow = SurveyOutcomesQuery['surveyOutcomes']['dimensions'][number] & {
  from: WaveKind;
  to: WaveKind;
};

/** Interleaves the comparisons per dimension (pre→post, then pre→follow-up) for plot and table. */
export function outcomeRows(
  comparisons: readonly (SurveyOutcomesQuery['surveyOutcomes'] | undefined)[],
): OutcomeRow[] {
  const rows: OutcomeRow[] = [];
  const dimensions = [...new Set(comparisons.flatMap((c) => c?.dimensions.map((d) => d.dimension) ?? []))];
  for (const dimension of dimensions) {
    for (const comparison of comparisons) {
      const d = comparison?.dimensions.find((x) => x.dimension === dimension);
      if (comparison && d) rows.push({ ...d, from: comparison.from, to: comparison.to });
    }
  }
  return rows;
}
