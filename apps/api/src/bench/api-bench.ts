// `pnpm bench:api`: each contract query over HTTP against the same SQL run directly, on
// PostgreSQL, for the demo data and a generated data set about 100× larger.
// A script, not a test: it prints a table and whether the goals hold.
//
// Three sides per query, sharing one connection pool, taking turns in blocks of runs:
// - "SQL": the SQL a request runs, called directly: the user lookup every signed-in request
//   starts with (AuthService.authenticate), the scope resolution (ScopeService.resolve) and the
//   repository queries, as in the services' computeForScope; not the token check, the metrics
//   computation or GraphQL.
// - "service": the feature service called directly, as the resolver calls it: the SQL side plus
//   the statistics of packages/metrics and suppression.
// - "HTTP": the whole request (POST /graphql with a bearer token, every field of the contract
//   selected): the service plus token check, GraphQL and HTTP.
// So HTTP − SQL is everything the API adds to the SQL, HTTP − service what the API layer adds.
//
// Sizes and runs: BENCH_SCALE (multiplies the large data set, default 1), or
// BENCH_PARTICIPANTS / BENCH_ANSWERS / BENCH_ACTIVITIES; BENCH_RUNS (timed runs per query at
// the large size, default 100), BENCH_DEMO_RUNS (on the demo data, default 300): a p95 is the
// 5th or 15th slowest run, and fewer runs made it jump by more than the 2 ms goal between two
// runs of the benchmark; BENCH_WARMUP (default 5), BENCH_QUERY_BUDGET_S (at most this many
// seconds per query, all sides, at the large size, default 90, never fewer than 10 runs);
// BENCH_SKIP_DEMO=1, BENCH_SKIP_LARGE=1.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toStoredWave } from '@mintq/contract';
import type { INestApplication } from '@nestjs/common';
import { sql } from 'kysely';
import { createApp } from '../app/create-app.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { hashPassword } from '../auth/password.js';
import type { Viewer } from '../auth/viewer.js';
import { CohortsRepository } from '../cohorts/cohorts.repository.js';
import { type MintqConfig, readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { DEFAULT_DEMO_TODAY } from '../demo/generate-demo-bundle.js';
import { loadDemo } from '../demo/load-demo.js';
import { writeBundleToFolder } from '../demo/write-bundle-folder.js';
import { EventsRepository } from '../events/events.repository.js';
import { GoalsRepository } from '../goals/goals.repository.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import { ReachRepository } from '../reach/reach.repository.js';
import { ReleasesRepository } from '../releases/releases.repository.js';
import type { ResolvedScope } from '../scope/resolved-scope.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { SurveysRepository } from '../surveys/surveys.repository.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { UsersRepository } from '../users/users.repository.js';
import {
  createScratchDatabase,
  distribution,
  formatTable,
  graphqlClient,
  layerP95,
  overheadP95,
  POSTGRES_URL,
  type ResultRow,
  type ScratchDatabase,
  secondsSince,
} from './api-bench-support.js';
import { BENCH_TODAY, generateBenchBundle } from './generate-bench-bundle.js';

const env = process.env;
const SCALE = Number(env.BENCH_SCALE ?? 1);
/** About 100× the demo's 158 participants; at least 1 000 000 answers and 200 000 activities. */
const PARTICIPANTS = Math.round(Number(env.BENCH_PARTICIPANTS ?? 16_000 * SCALE));
const ANSWERS = Math.round(Number(env.BENCH_ANSWERS ?? 1_000_000 * SCALE));
const ACTIVITIES = Math.round(Number(env.BENCH_ACTIVITIES ?? 200_000 * SCALE));
const RUNS = Number(env.BENCH_RUNS ?? 100);
const DEMO_RUNS = Number(env.BENCH_DEMO_RUNS ?? 300);
const WARMUP = Number(env.BENCH_WARMUP ?? 5);
const LARGE_BUDGET_MS = Number(env.BENCH_QUERY_BUDGET_S ?? 90) * 1000;
const MIN_RUNS = 10;
/**
 * Runs in a row per side before the next side's turn: the garbage a run leaves is collected
 * during a later run, so one run at a time per side made each side pay for the one before (and
 * the statistics' garbage of a large data set landed on the next HTTP request). In blocks, each
 * side pays mostly for itself, and the sides still take turns against drift.
 */
const BLOCK = 10;

const GOAL_OVERHEAD_MS = 2;
const GOAL_LARGE_P95_MS = 300;

const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;
const ADMIN_EMAIL = 'bench-admin@mintq.example';
const FUNDER_EMAIL = 'bench-funder@mintq.example';

// Every field of the contract's types.
const REACH = `query Reach($scope: ScopeInput) { reach(scope: $scope) {
  multipliers activeMultipliers activities initiativesReached educatorsReached youthReachedEstimate
  multiplierFactor suppressed
  byState { state networks networksReached initiativesReached multipliers suppressed }
  byMonth { month activities initiativesReached cumulativeInitiativesReached suppressed } } }`;
const FUNNEL = `query Funnel($scope: ScopeInput) { cohortFunnel(scope: $scope) {
  cohort enrolled withdrawn completed selfAssessmentPre goalsSet goalAttained suppressed } }`;
const GOALS = `query Goals($scope: ScopeInput) { goalAttainment(scope: $scope) {
  goals attained notAttained noData overdue attainmentRate meanTScore tScoreParticipants suppressed
  levels { level goals suppressed }
  byStaircaseLevel { level goals attained suppressed } } }`;
const SURVEY = `query Survey($instrument: String!, $scope: ScopeInput) {
  surveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {
  instrument from to
  dimensions { dimension n meanFrom meanTo meanDiff sdDiff t df p dz gz ciLow ciHigh alphaFrom alphaTo suppressed }
  responseRates { cohort wave responded eligible rate suppressed } } }`;
const EVENTS = `query Events($instrument: String!, $scope: ScopeInput) {
  eventFeedback(instrument: $instrument, scope: $scope) { instrument responses nps suppressed } }`;

/** Scratch databases still to drop, so that Ctrl-C drops them too (at once, even mid-import). */
const scratches = new Set<ScratchDatabase>();
const tempDirs = new Set<string>();
let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  console.error('\ninterrupted: dropping the scratch database …');
  // Dropping with force ends the pool's connections under it: their errors are expected now.
  process.on('uncaughtException', () => {});
  void Promise.allSettled([
    ...[...scratches].map((scratch) => scratch.forceDrop()),
    ...[...tempDirs].map((dir) => rm(dir, { recursive: true, force: true })),
  ]).then(() => process.exit(130));
});

type Side = (() => Promise<unknown>) | string;

interface Case {
  query: string;
  http: () => Promise<unknown>;
  /** The service as the resolver calls it, or why it is not measured. */
  service: Side;
  /** The same SQL run directly, or why it is not measured. */
  sql: Side;
}

interface DataSet {
  label: string;
  /** The data's "today": the scope is `{ to: today }`. */
  today: string;
  load(database: Database): Promise<void>;
  /** Timed runs per query. */
  runs: number;
  /** At most this many ms per query (all sides); undefined = always `runs`. */
  budgetMs?: number;
}

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1/5/15 min)`;
const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Warm-up: `times` runs, or fewer (at least 2) once they took `limitMs`; returns the mean ms,
 * or why the run failed.
 */
async function warmUp(run: () => Promise<unknown>, times: number, limitMs: number): Promise<number | string> {
  try {
    const started = performance.now();
    let done = 0;
    while (done < times && (done < 2 || performance.now() - started < limitMs)) {
      await run();
      done++;
    }
    return (performance.now() - started) / Math.max(1, done);
  } catch (error) {
    return reason(error);
  }
}

/** Warms every side up, then times them in turns of {@link BLOCK} runs; a side that fails is reported as n/a. */
async function measure(dataSet: DataSet, testCase: Case): Promise<ResultRow> {
  // A slow query (seconds per run) warms up in a twelfth of the budget per side rather than WARMUP runs.
  const limit = dataSet.budgetMs === undefined ? Number.POSITIVE_INFINITY : dataSet.budgetMs / 12;
  const warm = async (side: Side) => (typeof side === 'string' ? side : warmUp(side, WARMUP, limit));
  const http = await warmUp(testCase.http, WARMUP, limit);
  const service = await warm(testCase.service);
  const sqlSide = await warm(testCase.sql);
  const mean = [http, service, sqlSide].reduce<number>(
    (sum, side) => sum + (typeof side === 'number' ? side : 0),
    0,
  );
  const runs =
    dataSet.budgetMs === undefined || mean === 0
      ? dataSet.runs
      : Math.min(dataSet.runs, Math.max(MIN_RUNS, Math.floor(dataSet.budgetMs / mean)));
  const times = { http: [] as number[], service: [] as number[], sql: [] as number[] };
  const timed = async (run: Side, warmed: number | string, into: number[]) => {
    if (typeof run === 'string' || typeof warmed === 'string') return;
    const started = performance.now();
    await run();
    into.push(performance.now() - started);
  };
  for (let done = 0; done < runs; done += BLOCK) {
    const block = Math.min(BLOCK, runs - done);
    for (let i = 0; i < block; i++) await timed(testCase.http, http, times.http);
    for (let i = 0; i < block; i++) await timed(testCase.service, service, times.service);
    for (let i = 0; i < block; i++) await timed(testCase.sql, sqlSide, times.sql);
  }
  const result = (warmed: number | string, samples: number[]) =>
    typeof warmed === 'string' ? warmed : distribution(samples);
  const row: ResultRow = {
    dataSet: dataSet.label,
    query: testCase.query,
    runs,
    http: result(http, times.http),
    service: result(service, times.service),
    sql: result(sqlSide, times.sql),
  };
  const show = (side: ResultRow['http']) =>
    typeof side === 'string' ? 'n/a' : `${side.p50.toFixed(2)}/${side.p95.toFixed(2)} ms`;
  console.log(
    `  ${testCase.query.padEnd(22)} ${String(runs).padStart(3)} runs  HTTP p50/p95 ${show(row.http)}  service ${show(row.service)}  SQL ${show(row.sql)}`,
  );
  return row;
}

/** The cases of one data set: every contract query, and reach once more as a FUNDER user. */
async function buildCases(
  database: Database,
  config: MintqConfig,
  base: string,
  today: string,
): Promise<{ cases: Case[]; baseline: Case; close(): void }> {
  const db = database.db;
  const users = new UsersRepository(db);
  const passwordHash = await hashPassword(PASSWORD);
  const admin = await users.upsertUser({ email: ADMIN_EMAIL, passwordHash, role: 'admin', funderKey: null });
  const funderRow = await db
    .selectFrom('funders')
    .select(['id', 'key'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const funder = await users.upsertUser({
    email: FUNDER_EMAIL,
    passwordHash,
    role: 'funder',
    funderKey: funderRow.key,
  });
  const adminViewer: Viewer = {
    userId: admin.id,
    email: ADMIN_EMAIL,
    role: 'ADMIN',
    funderId: null,
    funderKey: null,
  };
  const funderViewer: Viewer = {
    userId: funder.id,
    email: FUNDER_EMAIL,
    role: 'FUNDER',
    funderId: funderRow.id,
    funderKey: funderRow.key,
  };

  const instruments = await db.selectFrom('instruments').select(['key', 'kind']).orderBy('key').execute();
  const pick = (preferred: string, kind: 'self_assessment' | 'event_feedback') =>
    instruments.find((i) => i.key === preferred)?.key ??
    instruments.find((i) => i.kind === kind)?.key ??
    preferred;
  const survey = pick('selbstanalyse', 'self_assessment');
  const event = pick('transfer-feedback', 'event_feedback');
  console.log(
    `  instruments: ${instruments.map((i) => `${i.key} (${i.kind})`).join(', ')}; timing surveyOutcomes(${survey}), ` +
      `eventFeedback(${event}); funder user of "${funderRow.key}"; scope { to: "${today}" }`,
  );

  const client = graphqlClient(base);
  const adminToken = await client.login(ADMIN_EMAIL, PASSWORD);
  const funderToken = await client.login(FUNDER_EMAIL, PASSWORD);
  const input: ScopeInput = { to: today };
  const scopes = new ScopeService(new ScopeRepository(database), config);
  const authUsers = new AuthRepository(database);
  // Every signed-in request reads its user first (a changed role or a deleted user counts at
  // once): part of the SQL a request runs, so both direct sides run it too.
  const resolve = async (viewer: Viewer) => {
    await authUsers.findUserById(viewer.userId);
    return scopes.resolve(viewer, input);
  };
  const signedIn =
    <T>(viewer: Viewer, run: () => Promise<T>) =>
    async () => {
      await authUsers.findUserById(viewer.userId);
      return run();
    };
  const gql =
    (query: string, token: string, variables: Record<string, unknown> = {}) =>
    () =>
      client.post(query, { scope: input, ...variables }, token);

  const reach = new ReachRepository(database);
  const reachSql = (viewer: Viewer) => async () => {
    const scope = await resolve(viewer);
    return reach.reach(scope);
  };
  const services = createMetricServices(database, config);
  const cohorts = new CohortsRepository(database);
  const goals = new GoalsRepository(database);
  const reachService = services.reach;
  const cohortsService = services.cohorts;
  const goalsService = services.goals;
  // A funder's answer is read from its release: the SQL side is the user lookup, the scope and
  // the release's data version (the release itself is built once, before the timing).
  const releases = new ReleasesRepository(database);
  const funderInput: ScopeInput = {};
  const releaseSql = async () => {
    await authUsers.findUserById(funderViewer.userId);
    await scopes.resolve(funderViewer, funderInput);
    return releases.dataVersion();
  };
  await reachService.getReach(funderViewer, funderInput);

  const surveys = new SurveysRepository(database);
  const surveysService = services.surveys;
  const surveySql = async () => {
    const scope: ResolvedScope = await resolve(adminViewer);
    return Promise.all([
      surveys.findInstrument(survey),
      surveys.latestResponses(scope, survey, [toStoredWave('PRE'), toStoredWave('POST')]),
      surveys.responseRates(scope, survey),
    ]);
  };
  const events = new EventsRepository(database);
  const eventsService = services.events;
  const eventSql = async () => {
    const scope = await resolve(adminViewer);
    return Promise.all([events.findInstrument(event), events.eventResponses(scope, event)]);
  };

  const cases: Case[] = [
    {
      query: 'reach (admin)',
      http: gql(REACH, adminToken),
      service: signedIn(adminViewer, () => reachService.getReach(adminViewer, input)),
      sql: reachSql(adminViewer),
    },
    {
      query: 'reach (funder, release)',
      http: () => client.post(REACH, { scope: funderInput }, funderToken),
      service: signedIn(funderViewer, () => reachService.getReach(funderViewer, funderInput)),
      sql: releaseSql,
    },
    {
      query: 'cohortFunnel',
      http: gql(FUNNEL, adminToken),
      service: signedIn(adminViewer, () => cohortsService.getCohortFunnel(adminViewer, input)),
      sql: async () => cohorts.funnel(await resolve(adminViewer)),
    },
    {
      query: 'goalAttainment',
      http: gql(GOALS, adminToken),
      service: signedIn(adminViewer, () => goalsService.getGoalAttainment(adminViewer, input)),
      sql: async () => goals.goalRows(await resolve(adminViewer)),
    },
    {
      query: 'surveyOutcomes',
      http: gql(SURVEY, adminToken, { instrument: survey }),
      service: signedIn(adminViewer, () =>
        surveysService.getSurveyOutcomes(adminViewer, survey, 'PRE', 'POST', input),
      ),
      sql: surveySql,
    },
    {
      query: 'eventFeedback',
      http: gql(EVENTS, adminToken, { instrument: event }),
      service: signedIn(adminViewer, () => eventsService.getEventFeedback(adminViewer, event, input)),
      sql: eventSql,
    },
  ];
  // Not a contract metric: what any signed-in request costs (token check, user lookup, GraphQL, HTTP).
  const baseline: Case = {
    query: 'viewer (baseline)',
    http: gql('query Viewer { viewer { email role } }', adminToken),
    service: 'baseline: no metric',
    sql: 'baseline: no metric SQL',
  };
  return { cases, baseline, close: () => client.close() };
}

async function describeSize(database: Database): Promise<string> {
  const { rows } = await sql<Record<string, number>>`select
    (select count(*) from participants)::int as participants,
    (select count(*) from enrollments)::int as enrollments,
    (select count(*) from responses)::int as responses,
    (select count(*) from answers)::int as answers,
    (select count(*) from goals)::int as goals,
    (select count(*) from activities)::int as activities,
    (select count(*) from activity_initiatives)::int as "activity initiatives"`.execute(database.db);
  const counts = rows[0] ?? {};
  return Object.entries(counts)
    .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
    .join(', ');
}

async function benchDataSet(
  dataSet: DataSet,
): Promise<{ rows: ResultRow[]; size: string; baseline: ResultRow }> {
  console.log(`\n== ${dataSet.label} ==`);
  let scratch: ScratchDatabase | undefined;
  let app: INestApplication | undefined;
  let closeClient: (() => void) | undefined;
  try {
    scratch = await createScratchDatabase();
    scratches.add(scratch);
    const { database } = scratch;
    await migrateToLatest(database.db);
    const started = performance.now();
    await dataSet.load(database);
    console.log(`  imported in ${secondsSince(started)}`);
    const analyzed = performance.now();
    await sql`analyze`.execute(database.db);
    console.log(`  analyze (as autovacuum would after an import) in ${secondsSince(analyzed)}`);
    const size = await describeSize(database);
    console.log(`  size: ${size}`);

    const config = readConfig({
      ...env,
      MINTQ_LOG_LEVEL: 'silent',
      MINTQ_JWT_SECRET: env.MINTQ_JWT_SECRET || randomBytes(48).toString('base64url'),
    });
    app = await createApp(database, config);
    await app.listen(0, '127.0.0.1');
    const built = await buildCases(database, config, await app.getUrl(), dataSet.today);
    closeClient = built.close;
    const rows: ResultRow[] = [];
    const baseline = await measure(dataSet, built.baseline);
    for (const testCase of built.cases) rows.push(await measure(dataSet, testCase));
    return { rows, size, baseline };
  } finally {
    closeClient?.();
    try {
      await app?.close();
    } finally {
      await scratch?.drop();
      if (scratch) scratches.delete(scratch);
    }
  }
}

function verdict(rows: readonly ResultRow[], largeLabel: string): string[] {
  const lines: string[] = [];
  const withinGoal = (title: string, gap: (row: ResultRow) => number | null) => {
    const measured = rows.filter((row) => gap(row) !== null);
    const over = measured.filter((row) => (gap(row) ?? 0) > GOAL_OVERHEAD_MS);
    const unmeasured = rows.filter((row) => gap(row) === null).map((r) => `${r.dataSet} ${r.query}`);
    lines.push(
      `${title}: ${over.length === 0 && measured.length > 0 ? 'HOLDS' : 'FAILS'}` +
        (over.length
          ? ` (over: ${over.map((r) => `${r.dataSet} ${r.query} +${(gap(r) ?? 0).toFixed(2)} ms`).join('; ')})`
          : '') +
        (unmeasured.length ? ` [not measured: ${unmeasured.join('; ')}]` : ''),
    );
  };
  withinGoal(`API overhead within ${GOAL_OVERHEAD_MS} ms of the SQL at p95 (HTTP − SQL)`, overheadP95);
  withinGoal(
    `API layer (token check, GraphQL, HTTP) within ${GOAL_OVERHEAD_MS} ms of the service at p95 (HTTP − service)`,
    layerP95,
  );
  const large = rows.filter((row) => row.dataSet === largeLabel);
  const slow = large.filter((row) => typeof row.http !== 'string' && row.http.p95 > GOAL_LARGE_P95_MS);
  const missing = large.filter((row) => typeof row.http === 'string').map((r) => r.query);
  lines.push(
    `No contract query over ${GOAL_LARGE_P95_MS} ms p95 (HTTP) at the large size: ${
      slow.length === 0 && large.length > 0 && missing.length === 0 ? 'HOLDS' : 'FAILS'
    }` +
      (slow.length
        ? ` (over: ${slow.map((r) => `${r.query} ${typeof r.http === 'string' ? '' : r.http.p95.toFixed(1)} ms`).join('; ')})`
        : '') +
      (missing.length ? ` [not measured over HTTP: ${missing.join('; ')}]` : ''),
  );
  return lines;
}

async function main() {
  const started = performance.now();
  console.log(
    `API benchmark on PostgreSQL (${new URL(POSTGRES_URL).host}): ${WARMUP} warm-up runs, then up to ${DEMO_RUNS} (demo) / ${RUNS} (large) timed runs per query; times in ms`,
  );
  console.log(`Machine: ${cpus().length} CPUs, ${load()}`);
  const largeLabel = 'large';
  const dataSets: DataSet[] = [];
  if (env.BENCH_SKIP_DEMO !== '1') {
    dataSets.push({
      label: 'demo',
      runs: DEMO_RUNS,
      today: DEFAULT_DEMO_TODAY,
      load: async (database) => {
        await loadDemo(database.db, { withLogins: false });
      },
    });
  }
  if (env.BENCH_SKIP_LARGE !== '1')
    dataSets.push({
      label: largeLabel,
      runs: RUNS,
      today: BENCH_TODAY,
      budgetMs: LARGE_BUDGET_MS,
      load: async (database) => {
        const generated = performance.now();
        const files = generateBenchBundle({
          participants: PARTICIPANTS,
          answersTarget: ANSWERS,
          activities: ACTIVITIES,
        });
        const dir = await mkdtemp(join(tmpdir(), 'mintq-apibench-'));
        tempDirs.add(dir);
        try {
          await writeBundleToFolder(files, dir);
          console.log(
            `  generated ${PARTICIPANTS.toLocaleString('en')} participants, ≥ ${ANSWERS.toLocaleString('en')} answers, ` +
              `${ACTIVITIES.toLocaleString('en')} activities in ${secondsSince(generated)}; importing …`,
          );
          const importing = performance.now();
          const ticker = setInterval(() => console.log(`  … importing, ${secondsSince(importing)}`), 30_000);
          try {
            const report = await new ImportService(database.db).importBundle(await openBundleSource(dir), {
              actor: 'bench',
            });
            if (!report.ok) throw new Error(`bench bundle rejected: ${report.errors.slice(0, 5).join('; ')}`);
          } finally {
            clearInterval(ticker);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
          tempDirs.delete(dir);
        }
      },
    });

  const rows: ResultRow[] = [];
  const sizes: string[] = [];
  const baselines: ResultRow[] = [];
  for (const dataSet of dataSets) {
    const result = await benchDataSet(dataSet);
    rows.push(...result.rows);
    sizes.push(`${dataSet.label}: ${result.size}`);
    baselines.push(result.baseline);
  }
  console.log(`\nData sets: ${sizes.join('\n           ')}`);
  console.log(
    '\nHTTP = POST /graphql (bearer token, every field); service = the user lookup and the feature service called directly (SQL + statistics + suppression);\n' +
      'SQL = the user lookup, scope resolution and repository queries of the request, called directly.\n' +
      'metrics = service p95 − SQL p95; API layer = HTTP p95 − service p95; overhead = HTTP p95 − SQL p95; ratio = HTTP p95 / SQL p95.\n',
  );
  console.log(formatTable(rows));
  const fixed = baselines
    .map((b) =>
      typeof b.http === 'string'
        ? `${b.dataSet} n/a (${b.http})`
        : `${b.dataSet} ${b.http.p50.toFixed(2)}/${b.http.p95.toFixed(2)} ms`,
    )
    .join(', ');
  console.log(
    `\nFor comparison, a signed-in request with no metric (\`{ viewer { email role } }\`), HTTP p50/p95: ${fixed}`,
  );
  console.log('');
  for (const line of verdict(rows, largeLabel)) console.log(line);
  console.log(`\nTotal ${secondsSince(started)}; ${load()}`);
}

main().catch((error) => {
  // After Ctrl-C the dropped database fails whatever ran: not worth printing.
  if (!interrupted) console.error(error);
  process.exitCode = 1;
});
