/**
 * A large, valid import bundle for benchmarks: the demo generator's building blocks, scaled to
 * at least `participants` participants and `answersTarget` answers (answered item cells in the
 * response files), across enough cohorts and waves. Deterministic for a given seed.
 */
import { buildBundle, type CohortPlan, cohortPlanForYear } from '../demo/bundle-builder.js';
import { SELF_ASSESSMENT_ITEMS } from '../demo/reference-data.js';

export interface BenchBundleOptions {
  participants: number;
  answersTarget: number;
  /** Exact number of multiplier activities; default 5 per participant. */
  activities?: number;
  seed?: number;
}

export const BENCH_TODAY = '2026-11-25';
const LAST_START_YEAR = 2025;
const MAX_COHORTS = 20;
const DIMENSIONS = 5;
const ACTIVITIES_PER_PARTICIPANT = 5;
/** Rough self-assessment responses per enrollment (pre 0.92, post ~0.75, follow-up ~0.45) net of missing answers. */
const RESPONSES_PER_ENROLLMENT = 1.9;

/** Cohorts ending with the running 2025/26, each of about 300 people (at most 20 cohorts). */
export function benchCohortPlans(participants: number): CohortPlan[] {
  const count = Math.min(MAX_COHORTS, Math.max(6, Math.ceil(participants / 300)));
  const plans: CohortPlan[] = [];
  for (let i = 0; i < count; i++) {
    const size = Math.floor(participants / count) + (i < participants % count ? 1 : 0);
    const year = LAST_START_YEAR - count + 1 + i;
    plans.push(cohortPlanForYear(year, size, i === count - 1 ? { running: true } : {}));
  }
  return plans;
}

export function generateBenchBundle(options: BenchBundleOptions): Map<string, string> {
  const participants = Math.max(1, Math.ceil(options.participants));
  const answersTarget = Math.max(0, Math.ceil(options.answersTarget));
  // Re-enrollments add enrollments but no people: cohorts get exactly `participants` new people.
  const cohorts = benchCohortPlans(participants);
  const curated = SELF_ASSESSMENT_ITEMS.length;
  const perResponse = answersTarget / (participants * RESPONSES_PER_ENROLLMENT);
  const itemsPerDimension = perResponse <= curated ? undefined : Math.ceil(perResponse / DIMENSIONS);
  const built = buildBundle({
    seed: options.seed ?? 4711,
    today: BENCH_TODAY,
    cohorts,
    itemsPerDimension,
    activities: Math.max(0, Math.round(options.activities ?? participants * ACTIVITIES_PER_PARTICIPANT)),
    answersTarget,
    reenrollChance: 0,
  });
  if (built.stats.participants < participants || built.stats.answers < answersTarget) {
    throw new Error(`bench bundle fell short: ${JSON.stringify(built.stats)}`);
  }
  return built.files;
}
