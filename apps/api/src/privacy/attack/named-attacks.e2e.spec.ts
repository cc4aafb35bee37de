import { STATE_CODES } from '@mintq/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database/database.js';
import { openBundleSource } from '../../import/bundle-source.js';
import { ImportService } from '../../import/import.service.js';
import { copySampleBundle } from '../../test-support/sample-bundle.js';
import { testDatabases } from '../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { type AttackResult, attack, buildAttackerProgram, formatViolation } from './attacker-lp.js';
import {
  type CollectionContext,
  emptyAnswers,
  GOALS_FIELDS,
  type GoalsAnswer,
  type GraphqlBody,
  type MetricAnswers,
  REACH_FIELDS,
  type ReachAnswer,
  signIn,
  startCollection,
} from './collect-funder-answers.js';

/**
 * The four attacks of issue 12, each with the exact requests a foundation partner would send,
 * on the sample bundle. Each asserts that the hidden value does not come back: the request is
 * refused, or what the answers show leaves the attacker's linear programme (over these answers
 * only) at least [0, k] for every hidden count of people, and the plain subtraction fails.
 *
 * The sample has one check-in between two calendar years' as-of dates (G0095 on 2026-06-26), but
 * it leaves the goal on its level; here it moves the goal from +2 to −2, so that the two allowed
 * dates differ by one person's level.
 */

const PASSWORD = 'named-attacks-password';
/** All 16 states but North Rhine-Westphalia. */
const ALL_STATES_BUT_ONE = STATE_CODES.filter((state) => state !== 'DE-NW');

const GOALS_PAGE = `query GoalsPage($scope: ScopeInput) { goalAttainment(scope: $scope) { ${GOALS_FIELDS} } }`;
const REACH_PAGE = `query ReachPage($scope: ScopeInput) { reach(scope: $scope) { ${REACH_FIELDS} } }`;

describe.each(testDatabases())('the attacks of issue 12 over HTTP on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  let tokens = new Map<string, string>();

  beforeAll(async () => {
    const bundle = await copySampleBundle(async (read) => {
      const checkins = await read('checkins.csv');
      const late = 'G0095,2026-06-26,2,,spät';
      if (!checkins.includes(late))
        throw new Error('the sample bundle no longer has the late check-in of G0095');
      return { 'checkins.csv': checkins.replace(late, 'G0095,2026-06-26,-2,,spät') };
    });
    try {
      database = await factory.create();
      const source = await openBundleSource(bundle.dir);
      const report = await new ImportService(database.db).importBundle(source);
      await source.close();
      if (!report.ok) throw new Error(`bundle rejected: ${report.errors.join('; ')}`);
    } finally {
      await bundle.remove();
    }
    server = await startTestServer(database);
    tokens = await signIn(
      server,
      database.db,
      [
        { name: 'admin', role: 'admin', funderKey: null },
        { name: 'lead', role: 'project_lead', funderKey: null },
        { name: 'aqtivator', role: 'funder', funderKey: 'aqtivator' },
        { name: 'siemens-stiftung', role: 'funder', funderKey: 'siemens-stiftung' },
      ],
      PASSWORD,
    );
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await database?.close();
  }, 120_000);

  const token = (name: string) => tokens.get(name) as string;

  /** The funder's request, exactly as written. */
  async function send(
    funder: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlBody> {
    const { body } = await server.graphql(query, { variables, token: token(funder) });
    return body;
  }

  function context(funder: string): Promise<CollectionContext> {
    return startCollection({
      client: server,
      db: database.db,
      funder,
      tokens: { funder: token(funder), admin: token('admin'), lead: token('lead') },
      k: 5,
    });
  }

  /** The truth of a scope of the query space, and the funder's answer as the attacker's observation. */
  async function observe(
    ctx: CollectionContext,
    cohort: string | null,
    label: string,
    answer: Partial<MetricAnswers>,
  ) {
    const period = ctx.periods.find((p) => p.label === label);
    if (!period) throw new Error(`no period ${label} in ${ctx.periods.map((p) => p.label).join(', ')}`);
    const scope = await ctx.addTruth(cohort, period);
    ctx.collection.observations.push({
      scopeKey: scope.key,
      source: 'graphql',
      answers: { ...emptyAnswers(), ...answer },
    });
    const truth = ctx.collection.scopes.get(scope.key);
    if (!truth) throw new Error(`no truth for ${scope.key}`);
    return truth;
  }

  function expectRefused(body: GraphqlBody, field: string) {
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(body.data?.[field] ?? null).toBeNull();
  }

  /** The attacker's programme over exactly what was observed: no violation, and `cells` were tried. */
  async function expectProtected(ctx: CollectionContext, cells: string[]): Promise<AttackResult> {
    const result = await attack(buildAttackerProgram(ctx.collection));
    const tried = new Set(result.intervals.flatMap((i) => i.sameAs));
    for (const cell of cells) {
      expect(tried.has(cell), `${cell} is a hidden count of 1 … k−1 people that was tried`).toBe(true);
    }
    const violations = result.violations.map(formatViolation);
    expect(violations.length, violations.join('\n')).toBe(0);
    expect(result.contradictions).toEqual([]);
    return result;
  }

  it('(a) within one page: "Nicht erreicht" minus the shown GAS levels −2 and −1 does not give a hidden level', async () => {
    const ctx = await context('aqtivator');
    const scope = { from: '2024-01-01', to: '2024-12-31' };
    const body = await send('aqtivator', GOALS_PAGE, { scope });
    expect(body.errors).toBeUndefined();
    const goals = body.data?.goalAttainment as GoalsAnswer;
    const truth = await observe(ctx, null, '2024', { goals });

    // The situation: a goal attainment of at least k people with a negative level of 1 … k−1.
    const k = ctx.collection.k;
    expect(truth.people.goalPeople).toBeGreaterThanOrEqual(k);
    const small = [-2, -1].filter((l) => {
      const n = truth.people.levelPeople.get(l) ?? 0;
      return n >= 1 && n < k;
    });
    expect(small.length).toBeGreaterThan(0);

    for (const level of small) {
      const hidden = goals.levels.find((l) => l.level === level);
      const other = goals.levels.find((l) => l.level === (level === -2 ? -1 : -2));
      expect(hidden, `level ${level} is listed`).toBeDefined();
      expect(hidden?.goals, `level ${level} (1 … k−1 people) is hidden`).toBeNull();
      // notAttained − the other negative level would be this one.
      const subtracted = goals.notAttained !== null && other?.goals !== null && other?.goals !== undefined;
      expect(
        subtracted,
        `notAttained ${goals.notAttained} − level ${other?.level} ${other?.goals} gives level ${level}`,
      ).toBe(false);
    }
    await expectProtected(
      ctx,
      small.map((l) => `[all|2024]goalAttainment.levels[${l}].people`),
    );
  });

  it('(b) across queries: all states minus all but one is refused, all cohorts minus one cohort gives no hidden cohort', async () => {
    // All states against all but one: the second request must not be answered at all.
    const all = await send('aqtivator', REACH_PAGE, { scope: {} });
    expect(all.errors).toBeUndefined();
    expectRefused(await send('aqtivator', REACH_PAGE, { scope: { states: ALL_STATES_BUT_ONE } }), 'reach');
    expectRefused(
      await send('aqtivator', GOALS_PAGE, { scope: { states: ALL_STATES_BUT_ONE } }),
      'goalAttainment',
    );

    // All cohorts against each cohort, in 2025 (Siemens Stiftung funds Bavaria in both cohorts).
    const ctx = await context('siemens-stiftung');
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const answers = new Map<string | null, ReachAnswer>();
    for (const cohort of [null, ...ctx.collection.cohorts]) {
      const scope = cohort === null ? period : { ...period, cohorts: [cohort] };
      const body = await send('siemens-stiftung', REACH_PAGE, { scope });
      expect(body.errors).toBeUndefined();
      const reach = body.data?.reach as ReachAnswer;
      answers.set(cohort, reach);
      await observe(ctx, cohort, '2025', { reach });
    }
    const truths = new Map(
      [null, ...ctx.collection.cohorts].map((c) => [
        c,
        ctx.collection.scopes.get(`[${c ?? 'all'}|2025]`)?.admin.reach,
      ]),
    );
    const k = ctx.collection.k;
    const smallCohorts = ctx.collection.cohorts.filter((c) => {
      const a = truths.get(c)?.activeMultipliers ?? 0;
      return a >= 1 && a < k;
    });
    expect(smallCohorts.length, 'a cohort with 1 … k−1 active multipliers in 2025').toBeGreaterThan(0);
    const whole = answers.get(null) as ReachAnswer;
    for (const cohort of smallCohorts) {
      const own = answers.get(cohort) as ReachAnswer;
      expect(own.activeMultipliers, `${cohort}'s active multipliers are hidden`).toBeNull();
      const truth = truths.get(cohort) as ReachAnswer;
      for (const other of ctx.collection.cohorts.filter((c) => c !== cohort)) {
        const rest = answers.get(other) as ReachAnswer;
        for (const field of [
          'activities',
          'educatorsReached',
          'youthReachedEstimate',
          'activeMultipliers',
        ] as const) {
          const a = whole[field];
          const b = rest[field];
          const recovered = a !== null && b !== null && a - b === truth[field];
          expect(recovered, `all cohorts − ${other} gives ${cohort}'s ${field}`).toBe(false);
        }
      }
    }
    await expectProtected(
      ctx,
      smallCohorts.map((c) => `[${c}|2025]reach.activeMultipliers`),
    );
  });

  it('(c) across dates: as of two days in a row is refused; two allowed as-of dates give no hidden level', async () => {
    // One check-in between 2026-06-25 and 2026-06-26 in aqtivator's scope.
    const between = await sql<{ n: number }>`
      select count(*)::int as n from checkins c join goals g on g.id = c.goal_id
      where c.checked_on = '2026-06-26'`.execute(database.db);
    expect(between.rows[0]?.n).toBe(1);
    expectRefused(await send('aqtivator', GOALS_PAGE, { scope: { to: '2026-06-25' } }), 'goalAttainment');
    expectRefused(await send('aqtivator', GOALS_PAGE, { scope: { to: '2026-06-26' } }), 'goalAttainment');
    expectRefused(
      await send('aqtivator', GOALS_PAGE, { scope: { from: '2026-01-01', to: '2026-06-25' } }),
      'goalAttainment',
    );

    // The two calendar years around it: as of 2025-12-31 and as of the cap (2026).
    const ctx = await context('aqtivator');
    expect(ctx.collection.cap >= '2026-06-30', 'the cap lies after the check-in').toBe(true);
    const k = ctx.collection.k;
    const cells: string[] = [];
    for (const year of ['2025', '2026']) {
      for (const cohort of [null, '2024-25']) {
        const scope = {
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          ...(cohort ? { cohorts: [cohort] } : {}),
        };
        const body = await send('aqtivator', GOALS_PAGE, { scope });
        expect(body.errors).toBeUndefined();
        const goals = body.data?.goalAttainment as GoalsAnswer;
        const truth = await observe(ctx, cohort, year, { goals });
        for (const [level, n] of truth.people.levelPeople) {
          if (n >= 1 && n < k) {
            cells.push(`[${cohort ?? 'all'}|${year}]goalAttainment.levels[${level}].people`);
            expect(
              goals.levels.find((l) => l.level === level)?.goals,
              `${cohort ?? 'all'} ${year} level ${level}`,
            ).toBeNull();
          }
        }
      }
    }
    // The moved goal: level −2 of 2024/25 goes from 4 people (hidden) to 5.
    const before = ctx.collection.scopes.get('[2024-25|2025]')?.people.levelPeople.get(-2);
    const after = ctx.collection.scopes.get('[2024-25|2026]')?.people.levelPeople.get(-2);
    expect([before, after]).toEqual([4, 5]);
    expect(cells.length).toBeGreaterThan(0);
    await expectProtected(ctx, cells);
  });

  it('(d) across a series: the cumulative initiatives around a hidden month do not give what it added', async () => {
    const ctx = await context('aqtivator');
    const scope = { from: '2024-01-01', to: '2024-12-31' };
    const body = await send('aqtivator', REACH_PAGE, { scope });
    expect(body.errors).toBeUndefined();
    const reach = body.data?.reach as ReachAnswer;
    const truth = await observe(ctx, null, '2024', { reach });
    const k = ctx.collection.k;
    const small = [...truth.people.monthPeople].filter(([, n]) => n >= 1 && n < k).map(([m]) => m);
    expect(small.length, 'a month of 2024 with 1 … k−1 active multipliers').toBeGreaterThan(0);
    const months = reach.byMonth.map((m) => m.month);
    expect(months, 'every month of the year is listed').toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    for (const month of small) {
      const i = months.indexOf(month);
      const row = reach.byMonth[i];
      expect(row?.suppressed, `${month} is hidden`).toBe(true);
      expect(
        [row?.activities, row?.initiativesReached, row?.cumulativeInitiativesReached],
        `${month}: activities, initiatives and cumulative are hidden, not 0`,
      ).toEqual([null, null, null]);
      // The cumulative before and at the month would give what the month added.
      const previous = reach.byMonth[i - 1];
      expect(
        previous?.cumulativeInitiativesReached == null || row?.cumulativeInitiativesReached == null,
        `the cumulative of ${previous?.month} and of ${month} give what ${month} added`,
      ).toBe(true);
    }
    await expectProtected(
      ctx,
      small.map((m) => `[all|2024]reach.byMonth[${m}].people`),
    );
  });
});
