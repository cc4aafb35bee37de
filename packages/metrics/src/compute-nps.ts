export interface ComputeNpsOptions {
  /** Answers on the 0–10 scale; null (not answered) is skipped. */
  scores: readonly (number | null | undefined)[];
}

/** Net Promoter Score: % of 9–10 minus % of 0–6 over the answers, null when none, e.g. `computeNps({ scores: [10, 9, 8, 3] })` = 25. */
export function computeNps({ scores }: ComputeNpsOptions): number | null {
  let answers = 0;
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    if (score === null || score === undefined) continue;
    if (!(score >= 0 && score <= 10)) throw new RangeError(`computeNps: score ${score} outside 0–10`);
    answers += 1;
    if (score >= 9) promoters += 1;
    else if (score <= 6) detractors += 1;
  }
  return answers === 0 ? null : (100 * (promoters - detractors)) / answers;
}
