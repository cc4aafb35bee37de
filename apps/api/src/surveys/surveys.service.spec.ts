import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { expectGoldenCase, GOLDEN_CASES, goldenScope, goldenViewer } from '../test-support/golden-cases.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { TEST_ADMIN as admin, useSampleDatabase } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { SurveysService } from './surveys.service.js';

const cases = GOLDEN_CASES.filter((c) => c.query === 'surveyOutcomes');

describe.each(testDatabases())('surveyOutcomes on $kind', (factory) => {
  const sample = useSampleDatabase(factory);
  let service: SurveysService;
  beforeAll(() => {
    service = createMetricServices(sample.database).surveys;
  });

  it('covers the surveyOutcomes cases of expected.json, a FUNDER one among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(cases.some((c) => c.role === 'FUNDER')).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s equals expected.json', async (_name, golden) => {
    const args = golden.args ?? { instrument: '' };
    const outcomes = await service.getSurveyOutcomes(
      goldenViewer(golden, sample.funderId(golden.funder)),
      args.instrument,
      args.from ?? 'PRE',
      args.to ?? 'POST',
      goldenScope(golden),
    );
    expectGoldenCase(golden, outcomes);
  });

  it('rejects an unknown instrument with BAD_USER_INPUT', async () => {
    await expect(
      service.getSurveyOutcomes(admin, 'no-such-instrument', 'PRE', 'POST', {}),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides small numbers for a FUNDER viewer, not for an ADMIN with the same funder filter', async () => {
    const key = 'telekom-stiftung';
    const funder: Viewer = {
      userId: 0,
      email: 'funder@test.example',
      role: 'FUNDER',
      funderId: sample.funderId(key),
      funderKey: key,
    };
    const seen = await service.getSurveyOutcomes(funder, 'selbstanalyse', 'PRE', 'POST', {});
    const unsuppressed = await service.getSurveyOutcomes(admin, 'selbstanalyse', 'PRE', 'POST', {
      funder: key,
    });
    expect(unsuppressed.dimensions.every((d) => !d.suppressed)).toBe(true);
    // Rule 1 hides every dimension of 1 … k−1 people; what is shown is exact.
    seen.dimensions.forEach((d, i) => {
      const exact = unsuppressed.dimensions[i]?.n ?? 0;
      if (exact > 0 && exact < 5) expect(d.n).toBeNull();
      if (d.n !== null) expect(d.n).toBe(exact);
    });
    expect(seen.dimensions.map((d) => d.dimension)).toEqual(unsuppressed.dimensions.map((d) => d.dimension));
    expect(seen.dimensions.length).toBeGreaterThan(0);
  });

  describe('per cohort', () => {
    const funder = (key: string): Viewer => ({
      userId: 0,
      email: 'funder@test.example',
      role: 'FUNDER',
      funderId: sample.funderId(key),
      funderKey: key,
    });

    /** Each cohort's entry against `surveyOutcomes` asked for that cohort alone. */
    async function expectEqualsSingleCohorts(viewer: Viewer, scope: ScopeInput, to: 'POST' | 'FOLLOW_UP') {
      const side = await service.getSurveyOutcomesByCohort(viewer, 'selbstanalyse', 'PRE', to, scope);
      expect(side.length).toBeGreaterThan(1);
      expect(side.map((c) => c.cohort)).toEqual([...side.map((c) => c.cohort)].sort());
      for (const { cohort, outcomes } of side) {
        const alone = await service.getSurveyOutcomes(viewer, 'selbstanalyse', 'PRE', to, {
          ...scope,
          cohorts: [cohort],
        });
        expect(outcomes).toEqual(alone);
      }
      return side;
    }

    it.each<[string, ScopeInput]>([
      ['open', {}],
      ['a period', { from: '2025-01-01', to: '2025-12-31' }],
      ['two states', { states: ['DE-BY', 'DE-NW'] }],
      ["a funder's lines", { funder: 'aqtivator' }],
    ])('equals the single-cohort answers for an ADMIN (%s)', async (_name, scope) => {
      const side = await expectEqualsSingleCohorts(admin, scope, 'POST');
      // Not a list of empty answers: some cohort has paired scores.
      expect(side.some((c) => c.outcomes.dimensions.some((d) => (d.n ?? 0) > 1))).toBe(true);
    });

    it('equals the single-cohort answers pre → follow-up', async () => {
      await expectEqualsSingleCohorts(admin, {}, 'FOLLOW_UP');
    });

    it('gives a FUNDER user its release’s cells per cohort, hidden ones hidden', async () => {
      const side = await expectEqualsSingleCohorts(funder('aqtivator'), {}, 'POST');
      const exact = await service.getSurveyOutcomesByCohort(admin, 'selbstanalyse', 'PRE', 'POST', {
        funder: 'aqtivator',
      });
      expect(side.map((c) => c.cohort)).toEqual(exact.map((c) => c.cohort));
      side.forEach(({ outcomes }, c) => {
        outcomes.dimensions.forEach((d, i) => {
          const n = exact[c]?.outcomes.dimensions[i]?.n ?? 0;
          if (n > 0 && n < 5) expect(d.suppressed).toBe(true);
          if (!d.suppressed) expect(d.n).toBe(n);
        });
      });
    }, 600_000);

    it('rejects an unknown instrument with BAD_USER_INPUT', async () => {
      await expect(
        service.getSurveyOutcomesByCohort(admin, 'no-such-instrument', 'PRE', 'POST', {}),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    });
  });
});
