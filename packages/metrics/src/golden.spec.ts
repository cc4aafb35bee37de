import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCohortFunnel } from './compute-cohort-funnel.js';
import { computeEventFeedback } from './compute-event-feedback.js';
import { computeGoalAttainment } from './compute-goal-attainment.js';
import { computeReach } from './compute-reach.js';
import { computeSurveyOutcomes } from './compute-survey-outcomes.js';
import { suppressSmallNumbers } from './suppress-small-numbers.js';
import {
  deriveEventFeedbackInputs,
  deriveFunnelRows,
  deriveGoalRows,
  deriveReachInputs,
  deriveSurveyInputs,
} from './test-support/derive-inputs.js';
import { expectGolden } from './test-support/expect-golden.js';
import { loadBundle, SAMPLE_DIR } from './test-support/load-bundle.js';
import { resolveScope, type ScopeInput } from './test-support/resolve-scope.js';
import type { WaveKind } from './types.js';

interface GoldenCase {
  name: string;
  query: 'reach' | 'cohortFunnel' | 'goalAttainment' | 'surveyOutcomes' | 'eventFeedback';
  role: 'ADMIN' | 'PROJECT_LEAD' | 'ANALYST' | 'FUNDER';
  funder?: string;
  scope: ScopeInput;
  args?: { instrument: string; from?: WaveKind; to?: WaveKind };
  expected: unknown;
}

const cases = JSON.parse(readFileSync(path.join(SAMPLE_DIR, 'expected.json'), 'utf8')) as GoldenCase[];
const bundle = loadBundle();

function compute(golden: GoldenCase): unknown {
  const scope = resolveScope(bundle, { ...golden.scope, funder: golden.funder ?? golden.scope.funder });
  const asOf = golden.scope.to ?? new Date().toISOString().slice(0, 10);
  switch (golden.query) {
    case 'reach':
      return computeReach(deriveReachInputs(bundle, scope));
    case 'cohortFunnel':
      return computeCohortFunnel({ cohorts: deriveFunnelRows(bundle, scope, asOf) });
    case 'goalAttainment':
      return computeGoalAttainment({ goals: deriveGoalRows(bundle, scope, asOf), asOf });
    case 'surveyOutcomes': {
      const { instrument, from = 'PRE', to = 'POST' } = golden.args ?? { instrument: '' };
      return computeSurveyOutcomes({
        instrument,
        from,
        to,
        ...deriveSurveyInputs(bundle, scope, instrument, from, to),
      });
    }
    case 'eventFeedback': {
      const instrument = golden.args?.instrument ?? '';
      return computeEventFeedback({ instrument, ...deriveEventFeedbackInputs(bundle, scope, instrument) });
    }
  }
}

describe('golden: shared/sample/expected.json', () => {
  const covered = cases.filter((golden) => golden.role === 'ADMIN' || golden.role === 'FUNDER');

  it('knows the query of every ADMIN and FUNDER case', () => {
    const known = ['reach', 'cohortFunnel', 'goalAttainment', 'surveyOutcomes', 'eventFeedback'];
    expect(covered.length).toBeGreaterThan(0);
    for (const golden of covered) expect(known, golden.name).toContain(golden.query);
  });

  it.each(covered.map((golden) => [golden.name, golden] as const))('%s', (_name, golden) => {
    const result = compute(golden);
    // Funder users see suppressed values (k = 5, the default); admins see everything.
    const shown = golden.role === 'FUNDER' ? suppressSmallNumbers({ tree: result, k: 5 }) : result;
    expectGolden(shown, golden.expected);
  });
});
