import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database/database.js';
import { loadDemo } from '../../demo/load-demo.js';
import { createSampleDatabase } from '../../test-support/sample-database.js';
import { type TestDatabaseFactory, testDatabases } from '../../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import {
  type AttackResult,
  attack,
  buildAttackerProgram,
  extractCells,
  formatViolation,
  monthGrid,
  monthsBetween,
} from './attacker-lp.js';
import {
  type AttackUser,
  collectFunderAnswers,
  type FunderCollection,
  post,
  type ScopeTruth,
  signIn,
} from './collect-funder-answers.js';

/**
 * The attacker's audit over HTTP: for every funder of the sample bundle and of the demo data,
 * everything the funder can obtain (its whole query space through GraphQL, and the JSON of its
 * reports) goes into the attacker's linear programme, and no hidden count of people may be
 * narrowed below [0, k]. Beside it: every shown number is the ADMIN number for the same scope,
 * no shown object stands for 1 … k−1 people, byMonth lists every month, and requests outside the
 * query space are refused.
 */

const FUNDERS = [
  'aqtivator',
  'koerber',
  'telekom-stiftung',
  'joachim-herz',
  'siemens-stiftung',
  'kinder-forschen',
  'stifterverband',
] as const;

interface Dataset {
  name: string;
  load(factory: TestDatabaseFactory): Promise<Database>;
}

const DATASETS: Dataset[] = [
  { name: 'the sample bundle', load: async (factory) => (await createSampleDatabase(factory)).database },
  {
    name: 'the demo data',
    async load(factory) {
      const database = await factory.create();
      await loadDemo(database.db, { withLogins: false });
      return database;
    },
  },
];

const PASSWORD = 'attacker-test-password';
/** How many violations a failure lists in full (the rest are counted). */
const SHOWN_VIOLATIONS = 40;
/** Collecting a funder's query space waits for its release to be built. */
const AUDIT_TIMEOUT = 900_000;

interface Audit {
  collection: FunderCollection;
  result: AttackResult;
  seconds: number;
}

function listing(lines: string[], what: string): string {
  if (lines.length === 0) return `no ${what}`;
  const shown = lines.slice(0, SHOWN_VIOLATIONS);
  const more = lines.length > shown.length ? [`… and ${lines.length - shown.length} more`] : [];
  return [`${lines.length} ${what}:`, ...shown, ...more].join('\n');
}

/** Every shown FUNDER number against the ADMIN number of the same effective scope. */
function mismatches(collection: FunderCollection): string[] {
  const out: string[] = [];
  const firstMonth = collection.firstCohortStart.slice(0, 7);
  for (const observation of collection.observations) {
    const truth = collection.scopes.get(observation.scopeKey);
    if (!truth) continue;
    const grid = monthGrid(truth.scope, firstMonth, truth.admin.reach);
    const expected = extractCells(observation.scopeKey, truth.admin, grid, true);
    const values = new Map(expected.cells.map((c) => [c.key, c.value]));
    const ratios = new Map(expected.ratios.map((r) => [r.key, r.value]));
    const got = extractCells(observation.scopeKey, observation.answers, grid, false);
    for (const c of got.cells) {
      if (c.value === null) continue;
      if (!values.has(c.key)) out.push(`${c.key} = ${c.value} (${observation.source}): no such ADMIN number`);
      else if (values.get(c.key) !== c.value) {
        out.push(`${c.key} = ${c.value} (${observation.source}), ADMIN: ${values.get(c.key)}`);
      }
    }
    for (const r of got.ratios) {
      const admin = ratios.get(r.key);
      if (r.value === null || admin === undefined) continue;
      if (admin === null || Math.abs(admin - r.value) > 1e-9 * Math.max(1, Math.abs(admin))) {
        out.push(`${r.key} = ${r.value} (${observation.source}), ADMIN: ${admin}`);
      }
    }
  }
  return out;
}

/** Shown objects whose true people count is 1 … k−1 (rule 1 of DOMAIN.md). */
function primaryViolations(collection: FunderCollection, result: AttackResult): string[] {
  const out: string[] = [];
  const truths = new Map(result.intervals.map((i) => [i.cell, i.truth]));
  const firstMonth = collection.firstCohortStart.slice(0, 7);
  for (const observation of collection.observations) {
    const truth = collection.scopes.get(observation.scopeKey);
    if (!truth) continue;
    const grid = monthGrid(truth.scope, firstMonth, truth.admin.reach);
    const expected = extractCells(observation.scopeKey, truth.admin, grid, true).cells;
    const values = new Map(expected.map((c) => [c.key, c.value]));
    const unpublished = unpublishedTruth(truth, observation.scopeKey);
    for (const object of extractCells(observation.scopeKey, observation.answers, grid, false).objects) {
      // Rule 1: an object of 1 … k−1 people is suppressed, and all its numbers are null.
      if (object.suppressed && object.shownNumbers === 0) continue;
      for (const key of object.people) {
        const people = values.get(key) ?? unpublished.get(key) ?? truths.get(key);
        if (people !== undefined && people !== null && people >= 1 && people < collection.k) {
          const how = object.suppressed
            ? `is marked suppressed but shows ${object.shownNumbers} numbers`
            : 'is shown';
          out.push(
            `${object.key || key} (${observation.source}) ${how}, and stands for ${people} people (${key})`,
          );
        }
      }
    }
  }
  return out;
}

function unpublishedTruth(truth: ScopeTruth, s: string) {
  const map = new Map<string, number>();
  for (const [month, n] of truth.people.monthPeople) map.set(`${s}reach.byMonth[${month}].people`, n);
  map.set(`${s}goalAttainment.people`, truth.people.goalPeople);
  for (const l of [-2, -1, 0, 1, 2])
    map.set(`${s}goalAttainment.levels[${l}].people`, truth.people.levelPeople.get(l) ?? 0);
  for (const l of [1, 2, 3, 4, 5, 6, 7]) {
    map.set(`${s}goalAttainment.byStaircaseLevel[${l}].people`, truth.people.staircasePeople.get(l) ?? 0);
  }
  return map;
}

/** Funder answers whose byMonth leaves out a month of the period. */
function missingMonths(collection: FunderCollection): string[] {
  const out: string[] = [];
  for (const observation of collection.observations) {
    const truth = collection.scopes.get(observation.scopeKey);
    const reach = observation.answers.reach;
    if (!truth || !reach || observation.source !== 'graphql' || collection.cohorts.length === 0) continue;
    const { period, cohort } = truth.scope;
    const last = period.to.slice(0, 7);
    // Since the start: from the first funded cohort's start month (a single cohort's own start will do).
    const firsts =
      period.from !== null
        ? [period.from.slice(0, 7)]
        : [
            collection.firstCohortStart.slice(0, 7),
            (collection.cohortStarts.get(cohort ?? '') ?? '').slice(0, 7),
          ];
    const listed = reach.byMonth.map((m) => m.month);
    const complete = firsts.some(
      (first) => first !== '' && monthsBetween(first, last).every((m) => listed.includes(m)),
    );
    if (!complete) {
      const wanted = monthsBetween(firsts[0] as string, last).filter((m) => !listed.includes(m));
      out.push(
        `${observation.scopeKey} byMonth lacks ${wanted.length} months: ${wanted.slice(0, 8).join(', ')}${wanted.length > 8 ? ', …' : ''}`,
      );
    }
  }
  return out;
}

/** People counts behind objects whose true value is 1 … k−1: the data has small numbers. */
function smallPeople(collection: FunderCollection): number {
  let small = 0;
  const isSmall = (n: number | null | undefined) =>
    n !== null && n !== undefined && n >= 1 && n < collection.k;
  for (const { people } of collection.scopes.values()) {
    for (const n of people.monthPeople.values()) if (isSmall(n)) small++;
    for (const n of people.levelPeople.values()) if (isSmall(n)) small++;
    for (const n of people.staircasePeople.values()) if (isSmall(n)) small++;
    if (isSmall(people.goalPeople)) small++;
  }
  return small;
}

describe.each(testDatabases())('the attacker of every funder on $kind', (factory) => {
  describe.each(DATASETS)('$name', (dataset) => {
    let database: Database;
    let server: TestServer;
    let tokens = new Map<string, string>();
    const audits = new Map<string, Promise<Audit>>();

    beforeAll(async () => {
      database = await dataset.load(factory);
      server = await startTestServer(database);
      const users: AttackUser[] = [
        { name: 'admin', role: 'admin', funderKey: null },
        { name: 'lead', role: 'project_lead', funderKey: null },
        ...FUNDERS.map((funder): AttackUser => ({ name: funder, role: 'funder', funderKey: funder })),
      ];
      tokens = await signIn(server, database.db, users, PASSWORD);
    }, 300_000);
    afterAll(async () => {
      await server?.close();
      await database?.close();
    }, 120_000);

    function auditOf(funder: string): Promise<Audit> {
      let audit = audits.get(funder);
      if (!audit) {
        audit = (async () => {
          const started = performance.now();
          const token = tokens.get(funder) as string;
          const session = { client: server, requests: 0, milliseconds: 0 };
          const viewer = await post(session, '{ viewer { suppressionK } }', {}, token);
          const k = (viewer.data?.viewer as { suppressionK?: number } | undefined)?.suppressionK ?? 5;
          const collection = await collectFunderAnswers({
            client: server,
            db: database.db,
            funder,
            tokens: {
              funder: token,
              admin: tokens.get('admin') as string,
              lead: tokens.get('lead') as string,
            },
            k,
          });
          const program = buildAttackerProgram(collection);
          const result = await attack(program);
          const seconds = (performance.now() - started) / 1000;
          const s = result.stats;
          console.info(
            `${dataset.name}, ${funder}: ${collection.requests} funder requests, ${collection.reports.length} reports, ` +
              `${s.cells} cells (${s.shownCells} shown), ${s.checkedCells} hidden counts of people checked, ` +
              `${s.equalities} equalities + ${s.merged} merged + ${s.inequalities} inequalities, ` +
              `${s.components} programmes (largest ${s.largestComponent} variables, ${s.solves} solves in ${s.milliseconds} ms), ` +
              `${result.violations.length} violations, ${seconds.toFixed(1)} s ` +
              `(waited ${JSON.stringify(collection.timings)} ms)`,
          );
          return { collection, result, seconds };
        })();
        audits.set(funder, audit);
      }
      return audit;
    }

    describe.each(FUNDERS)('%s', (funder) => {
      it(
        'answers every request of its query space, and every report downloads',
        async () => {
          const { collection } = await auditOf(funder);
          const scopes = (1 + collection.cohorts.length) * (1 + collection.years.length);
          const graphql = collection.observations.filter((o) => o.source === 'graphql');
          expect(graphql).toHaveLength(scopes);
          expect(collection.reports.length).toBeGreaterThanOrEqual(collection.years.length);
          const errors = [...collection.errors, ...collection.observations.flatMap((o) => o.answers.errors)];
          expect(errors.length, listing(errors, 'errors')).toBe(0);
          // Not vacuous: every scope answered every metric.
          for (const o of graphql) {
            expect(o.answers.reach && o.answers.funnel && o.answers.goals, o.scopeKey).toBeTruthy();
            expect(o.answers.outcomes.size).toBe(2 * collection.selfAssessments.length);
            expect(o.answers.distributions.size).toBe(3 * collection.selfAssessments.length);
            expect(o.answers.events.size).toBe(collection.eventInstruments.length);
          }
        },
        AUDIT_TIMEOUT,
      );

      it(
        'refuses every request outside its query space with BAD_USER_INPUT',
        async () => {
          const { collection } = await auditOf(funder);
          expect(collection.refusals.length).toBeGreaterThan(0);
          const answered = collection.refusals
            .filter((r) => !r.codes.includes('BAD_USER_INPUT'))
            .map(
              (r) =>
                `${r.name}: ${r.codes.length ? r.codes.join(', ') : 'answered'} ${JSON.stringify(r.variables)}`,
            );
          expect(answered.length, listing(answered, 'requests outside the query space not refused')).toBe(0);
        },
        AUDIT_TIMEOUT,
      );

      it(
        'shows only numbers equal to the ADMIN numbers of the same scope',
        async () => {
          const { collection, result } = await auditOf(funder);
          expect(result.stats.shownCells).toBeGreaterThan(0);
          const wrong = mismatches(collection);
          expect(wrong.length, listing(wrong, 'shown numbers that differ from ADMIN')).toBe(0);
        },
        AUDIT_TIMEOUT,
      );

      it(
        'lists every month of the period in reach.byMonth',
        async () => {
          const { collection } = await auditOf(funder);
          const missing = missingMonths(collection);
          expect(missing.length, listing(missing, 'answers with months left out')).toBe(0);
        },
        AUDIT_TIMEOUT,
      );

      it(
        'shows no object that stands for 1 … k−1 people',
        async () => {
          const { collection, result } = await auditOf(funder);
          const shown = primaryViolations(collection, result);
          expect(shown.length, listing(shown, 'shown objects of 1 … k−1 people')).toBe(0);
        },
        AUDIT_TIMEOUT,
      );

      it(
        "leaves every hidden count of people open from 0 to k in the attacker's linear programme",
        async () => {
          const { collection, result } = await auditOf(funder);
          if (smallPeople(collection) > 0) expect(result.stats.checkedCells).toBeGreaterThan(0);
          expect(result.contradictions.length, listing(result.contradictions, 'contradictions')).toBe(0);
          const violations = result.violations.map(formatViolation);
          expect(
            violations.length,
            listing(violations, 'hidden counts of people narrowed below [0, k]'),
          ).toBe(0);
        },
        AUDIT_TIMEOUT,
      );
    });
  });
});
