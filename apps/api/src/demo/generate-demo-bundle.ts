/**
 * The demo import bundle: the MINT-Qualitätsoffensive with its seven funders, the cohorts
 * 2020/21 … 2025/26 (28 graduates in 2024/25; 2025/26 running), about 150 MINT regions in all
 * 16 states, self-assessments, Transferwerkstatt feedback, impact goals and multiplier activities.
 * Deterministic: same seed and today → byte-identical files.
 */
import { type BuildOptions, buildBundle, type CohortPlan, cohortPlanForYear } from './bundle-builder.js';

export const DEFAULT_DEMO_SEED = 20_251_115;
/**
 * The day the demo data stand at: mid-February 2026, while 2025/26 runs (it started in
 * November 2025) and the 2024/25 goals have had their six-month check-ins. A fixed date keeps
 * the demo byte-identical; the generator never reads the clock.
 */
export const DEFAULT_DEMO_TODAY = '2026-02-16';

export interface DemoBundleOptions {
  seed?: number;
  /** ISO date; nothing in the bundle is dated after it. Default {@link DEFAULT_DEMO_TODAY}. */
  today?: string;
}

/** The six cohorts of the demo. */
export function demoCohortPlans(): CohortPlan[] {
  return [
    cohortPlanForYear(2020, 18),
    cohortPlanForYear(2021, 22),
    cohortPlanForYear(2022, 26),
    cohortPlanForYear(2023, 30),
    cohortPlanForYear(2024, 32, { completed: 28 }),
    // Started mid-November 2025 and still running: only the pre wave, nobody completed yet.
    cohortPlanForYear(2025, 30, { running: true }),
  ];
}

export function demoBuildOptions(options: DemoBundleOptions = {}): BuildOptions {
  return {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    today: options.today ?? DEFAULT_DEMO_TODAY,
    cohorts: demoCohortPlans(),
  };
}

/** File name → CSV text of a complete import bundle (format version 1). */
export function generateDemoBundle(options: DemoBundleOptions = {}): Map<string, string> {
  return buildBundle(demoBuildOptions(options)).files;
}
