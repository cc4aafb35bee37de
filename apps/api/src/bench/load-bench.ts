// `pnpm bench:load`: many dashboard users at once. N clients sign in with the demo sign-ins and
// send the dashboard's GraphQL requests for T seconds, each on its own keep-alive connection
// and without pausing (each asks again as soon as it has its answer). Prints requests/s,
// latency percentiles and every failed request: a timeout (no answer within 30 s), a reset
// connection, a non-200 answer, a GraphQL error. Exit code 1 when any request failed.
//
//   pnpm bench:load [--clients 50] [--seconds 60] [--timeout-s 30] [--ramp-up-s 0] [--url http://host:port]
//                   [--sign-in-first] [--cold] [--keep-log file]  (the started server's log, with its request log)
//   (or LOAD_CLIENTS, LOAD_SECONDS, LOAD_TIMEOUT_S, LOAD_RAMP_UP_S, LOAD_URL)
//
// All clients start at once by default: each sign-in costs a scrypt hash (~50-220 ms of CPU),
// so the first seconds are a burst of them. --ramp-up-s spreads the clients' starts instead.
//
// Without a URL it starts `mintq serve` from the build on the demo data: embedded (PGlite) in a
// temporary folder, or on DATABASE_URL's PostgreSQL (loading the demo data there when it is
// empty). With a URL that mintq must hold the demo sign-ins.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEMO_LOGINS } from '../demo/load-demo.js';
import { SeededRandom } from '../demo/seeded-random.js';
import { LoadClient, type Sample } from './load-client.js';
import { describeCpu, threadTimes } from './load-cpu.js';
import { type ClientView, operation, pageVisit, type Role, shellOperations, yearsOf } from './load-mix.js';
import { failures, latencyLine, operationTable } from './load-report.js';
import { type BenchServer, startBenchServer } from './load-server.js';

const { values: flags } = parseArgs({
  // `pnpm bench:load -- --clients 200` passes the `--` on.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    url: { type: 'string' },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    'timeout-s': { type: 'string' },
    'ramp-up-s': { type: 'string' },
    /** Users sign in before the run, four at a time, instead of all in its first seconds. */
    'sign-in-first': { type: 'boolean', default: false },
    /** No warm-up: the funders' releases are built while the clients run, as after an import. */
    cold: { type: 'boolean', default: false },
    /** Where to keep the log of the mintq the bench started (its request log: durations per request). */
    'keep-log': { type: 'string' },
  },
});
const env = process.env;
const CLIENTS = Number(flags.clients ?? env.LOAD_CLIENTS ?? 50);
const SECONDS = Number(flags.seconds ?? env.LOAD_SECONDS ?? 60);
const TIMEOUT_MS = Number(flags['timeout-s'] ?? env.LOAD_TIMEOUT_S ?? 30) * 1000;
const URL_GIVEN = flags.url ?? env.LOAD_URL;
/** Clients start one after another over this many seconds; 0: all at once (a burst of sign-ins). */
const RAMP_UP_MS = Number(flags['ramp-up-s'] ?? env.LOAD_RAMP_UP_S ?? 0) * 1000;
/** A release takes seconds to build, longer with a loaded machine: the warm-up waits for it. */
const WARM_UP_TIMEOUT_MS = 10 * 60_000;
/** Sign-ins at a time with --sign-in-first: the four threads of libuv's pool that hash passwords. */
const SIGN_IN_AHEAD_CONCURRENCY = 4;
/** Share of page visits that are a reload of the dashboard (the shell's queries again). */
const RELOAD_SHARE = 0.1;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Login {
  email: string;
  password: string;
  role: string;
  funderKey: string | null;
}

/** Signs in; the sample tells how (a failed sign-in is a failed request like any other). */
async function signIn(client: LoadClient, login: Login): Promise<Sample> {
  const sample = await client.send(operation('Login', { email: login.email, password: login.password }));
  if (sample.outcome.kind === 'ok') {
    const answer = sample.outcome.data.login as { token?: string } | undefined;
    client.token = answer?.token;
  }
  return sample;
}

/**
 * The first request of a funder builds its release (seconds of CPU). Users of a running mintq
 * meet a built release, so each funder asks once before anything is measured.
 */
async function warmUpFunders(base: string): Promise<string[]> {
  const lines: string[] = [];
  for (const login of DEMO_LOGINS.filter((l) => l.role === 'funder')) {
    const client = new LoadClient(base, WARM_UP_TIMEOUT_MS);
    try {
      const signedIn = await signIn(client, login);
      if (signedIn.outcome.kind !== 'ok')
        throw new Error(`${login.email} could not sign in: ${JSON.stringify(signedIn.outcome)}`);
      const first = await client.send(operation('Overview', { scope: {} }));
      if (first.outcome.kind !== 'ok')
        throw new Error(`the first request of ${login.email} failed: ${JSON.stringify(first.outcome)}`);
      lines.push(`${login.funderKey} ${seconds(first.ms)}`);
    } finally {
      client.close();
    }
  }
  return lines;
}

/** What the shell learns before a page is shown: the role, the cohorts, the questionnaires. */
async function loadView(client: LoadClient, role: Role, samples: Sample[]): Promise<ClientView | null> {
  const answers: Record<string, Record<string, unknown>> = {};
  for (const op of [...shellOperations(role), operation('Instruments')]) {
    const sample = await client.send(op);
    samples.push(sample);
    if (sample.outcome.kind !== 'ok') return null;
    answers[op.operationName] = sample.outcome.data;
  }
  const all = (answers.Cohorts?.cohorts ?? []) as ClientView['cohorts'];
  const funded = new Set(
    ((answers.FundedCohorts?.cohortFunnel ?? []) as { cohort: string }[]).map((c) => c.cohort),
  );
  const instruments = (answers.Instruments?.instruments ?? []) as { key: string; kind: string }[];
  return {
    role,
    cohorts: role === 'FUNDER' ? all.filter((c) => funded.has(c.key)) : all,
    selfAssessments: instruments.filter((i) => i.kind === 'self_assessment').map((i) => i.key),
    eventFeedback: instruments.filter((i) => i.kind === 'event_feedback').map((i) => i.key),
  };
}

interface ClientRun {
  samples: Sample[];
  connectMs: number[];
}

/** One user: its sign-in and its connection. */
interface User {
  index: number;
  login: Login;
  role: Role;
  client: LoadClient;
}

function newUser(base: string, index: number): User {
  const login = DEMO_LOGINS[index % DEMO_LOGINS.length] as Login;
  return { index, login, role: login.role.toUpperCase() as Role, client: new LoadClient(base, TIMEOUT_MS) };
}

/**
 * --sign-in-first: every user signs in before the run, a few at a time, as users who signed in
 * earlier in the day (a token lasts 12 hours). Each sign-in uses a connection of its own, so the
 * run starts with new connections and no idle one the server may have closed meanwhile.
 */
async function signInAhead(base: string, users: User[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  const queue = [...users];
  const signer = async () => {
    for (let user = queue.shift(); user; user = queue.shift()) {
      const connection = new LoadClient(base, TIMEOUT_MS);
      try {
        const sample = await signIn(connection, user.login);
        samples.push(sample);
        user.client.token = connection.token;
      } finally {
        connection.close();
      }
    }
  };
  await Promise.all(Array.from({ length: SIGN_IN_AHEAD_CONCURRENCY }, signer));
  return samples;
}

/** One user until the deadline: sign in (unless signed in ahead), load the shell, then visit pages. */
async function runClient(user: User, deadline: number): Promise<ClientRun> {
  const { client, login, role, index } = user;
  const random = new SeededRandom(1_000 + index);
  const samples: Sample[] = [];
  const before = () => performance.now() < deadline;
  await sleep((RAMP_UP_MS * index) / CLIENTS);
  try {
    let view: ClientView | null = null;
    while (before() && !view) {
      if (!client.token) {
        const signedIn = await signIn(client, login);
        samples.push(signedIn);
      }
      view = client.token ? await loadView(client, role, samples) : null;
      // A client that failed starts over after a pause, as a user would retry.
      if (!view) {
        client.token = undefined;
        await sleep(1_000);
      }
    }
    const years = view ? yearsOf(view.cohorts, new Date()) : [];
    while (before() && view) {
      const visit = pageVisit(() => random.next(), view, years);
      const ops = random.next() < RELOAD_SHARE ? [...shellOperations(role), ...visit] : visit;
      for (const op of ops) {
        if (!before()) break;
        samples.push(await client.send(op));
      }
    }
  } finally {
    client.close();
  }
  return { samples, connectMs: client.connectMs };
}

/** GET /healthz every quarter second: how long the server's event loop makes a trivial request wait. */
function probeHealth(base: string, until: () => boolean): Promise<{ ms: number[]; failed: number }> {
  return (async () => {
    const ms: number[] = [];
    let failed = 0;
    while (!until()) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        await response.arrayBuffer();
        if (response.status === 200) ms.push(performance.now() - started);
        else failed++;
      } catch {
        failed++;
      }
      await sleep(250);
    }
    return { ms, failed };
  })();
}

async function main(): Promise<number> {
  const databaseUrl = env.DATABASE_URL;
  let server: BenchServer | null = null;
  const stopServer = async () => {
    const running = server;
    server = null;
    await running?.stop(flags['keep-log']);
  };
  process.once('SIGINT', () => {
    console.error('\ninterrupted: stopping mintq …');
    void stopServer().finally(() => process.exit(130));
  });
  try {
    let base = URL_GIVEN;
    let target = `mintq at ${URL_GIVEN}`;
    if (!base) {
      const started = performance.now();
      console.log(
        `Starting mintq on the demo data (${databaseUrl ? 'PostgreSQL, DATABASE_URL' : 'embedded PGlite in a temporary folder'}) …`,
      );
      server = await startBenchServer(databaseUrl);
      base = server.baseUrl;
      target = `mintq serve (${databaseUrl ? 'PostgreSQL' : 'PGlite, embedded'}) on the demo data, started in ${seconds(performance.now() - started)}`;
    }
    const cpu = cpus();
    console.log(`${target}`);
    console.log(
      `machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; the load generator runs on the same machine`,
    );
    if (flags.cold) {
      console.log('No warm-up (--cold): the first funder requests build the releases during the run.');
    } else {
      console.log('Warming up: each funder asks once, which builds its release (not measured) …');
      console.log(`  first funder requests: ${(await warmUpFunders(base)).join(', ')}`);
    }

    const users = Array.from({ length: CLIENTS }, (_, i) => newUser(base, i));
    let signInLine: string | null = null;
    let signedInAhead: Sample[] = [];
    if (flags['sign-in-first']) {
      console.log(`Signing in the ${CLIENTS} users first, ${SIGN_IN_AHEAD_CONCURRENCY} at a time …`);
      const signInStarted = performance.now();
      signedInAhead = await signInAhead(base, users);
      const took = seconds(performance.now() - signInStarted);
      signInLine = `${signedInAhead.length} sign-ins in ${took} before the run, ${latencyLine(signedInAhead.map((s) => s.ms))}`;
      console.log(`  ${signInLine}`);
    }
    console.log(
      `${CLIENTS} clients for ${SECONDS} s (${RAMP_UP_MS ? `starting over the first ${RAMP_UP_MS / 1000} s` : 'all starting at once'}), no pauses, a request without an answer after ${TIMEOUT_MS / 1000} s counts as a timeout …`,
    );
    const pid = server?.pid;
    const cpuBefore = pid ? threadTimes(pid) : new Map<number, number>();
    const loadBefore = loadavg()[0] ?? 0;
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    let done = false;
    const probe = probeHealth(base, () => done);
    const runs = await Promise.all(users.map((user) => runClient(user, deadline)));
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = pid ? threadTimes(pid) : new Map<number, number>();
    done = true;
    const health = await probe;

    const samples = runs.flatMap((run) => run.samples);
    const ok = samples.filter((s) => s.outcome.kind === 'ok');
    // A sign-in that failed before the run failed as much as one during it.
    const failed = failures([...signedInAhead, ...samples]);
    const neverAnswered = runs.filter((run) => !run.samples.some((s) => s.outcome.kind === 'ok')).length;
    const connects = runs.flatMap((run) => run.connectMs);
    const signIns = samples.filter((s) => s.operation === 'Login');

    console.log('');
    console.log(
      `requests:    ${ok.length} answered in ${elapsed.toFixed(1)} s = ${(ok.length / elapsed).toFixed(1)} requests/s`,
    );
    console.log(`latency:     ${latencyLine(ok.map((s) => s.ms))}`);
    console.log(`errors:      ${failed.line}`);
    console.log(
      `clients:     ${CLIENTS - neverAnswered} of ${CLIENTS} got answers; sign-ins ${signInLine ?? latencyLine(signIns.map((s) => s.ms))}`,
    );
    console.log(`connections: ${connects.length} opened, time to connect ${latencyLine(connects)}`);
    console.log(
      `/healthz:    ${latencyLine(health.ms)}, ${health.failed} failed (sent every 250 ms during the run)`,
    );
    if (pid) console.log(`server CPU:  ${describeCpu(pid, cpuBefore, cpuAfter, elapsed, ok.length)}`);
    // Everything else running on the machine competes for the same cores.
    console.log(
      `machine:     1-minute load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${cpu.length} cores`,
    );
    console.log('');
    console.log(operationTable(samples));
    return failed.count === 0 ? 0 : 1;
  } finally {
    await stopServer();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
