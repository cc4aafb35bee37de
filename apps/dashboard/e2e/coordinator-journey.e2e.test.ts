import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@mintq/api/free-port';
import { type SmtpCapture, startSmtpCapture } from '@mintq/api/smtp-capture';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import {
  launchChromium,
  openPage,
  seriousAxeViolations,
  settle,
  tokenOf,
  waitForPage,
} from './support/dashboardBrowser.js';
import { postGraphql, queryGraphql } from './support/graphqlClient.js';
import { GOALS, REACH } from './support/metricPages.js';
import { assertBuilt, REPO_ROOT } from './support/mintqServer.js';

// The acceptance journey (issue 17), in a real Chromium against a real server holding
// the sample bundle: a project lead invites a coordinator from the cohort's roster, the mail
// arrives over SMTP, the coordinator sets a password, sets a goal with five level descriptions
// and, on a phone (390 px), records a check-in and two transfer activities, one reaching an
// initiative of their network, one a new initiative. Then a second, fresh server imports the
// sample bundle plus CSV rows holding the same entries through the real importer, and the
// admin's reach, goal attainment and funnel must be the same JSON on both: one truth, whichever
// way the data arrived.

const SAMPLE_BUNDLE = join(REPO_ROOT, '..', 'shared', 'sample', 'bundle');
const CLI = join(REPO_ROOT, 'apps/api/dist/cli.js');
const ADMIN = 'admin@journey.example';
const LEAD = 'projektleitung@journey.example';
const PASSWORD = 'ein langer satz für die reise';
const COORDINATOR_PASSWORD = 'mein wirkungsziel braucht ein gutes passwort';
/** A graduate of 2024/25 in the sample bundle (network mint-rhein-main) with no sign-in yet. */
const COORDINATOR = {
  key: 'P0040',
  email: 'julia.lange40@example.org',
  name: 'Julia Lange',
  cohort: '2024-25',
};
const PHONE = { width: 390, height: 844 };

/** Today in Germany (YYYY-MM-DD), as the API counts days. */
function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---- a real mintq server on a bundle of the test's choosing (the shared starter loads the demo) ----

interface BundleServer {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

function runCli(args: string[], env: NodeJS.ProcessEnv, sink: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => sink.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => sink.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `mintq import <bundle>` into a fresh embedded database, `mintq user add` for each user, then
 * `mintq serve` until `/readyz` says 200: the way an operator starts mintq on their own data.
 */
async function startBundleServer(
  bundle: string,
  users: readonly { email: string; role: string }[],
  extraEnv: Record<string, string> = {},
): Promise<BundleServer> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'mintq-journey-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  Object.assign(env, {
    MINTQ_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    MINTQ_LOG_LEVEL: 'warn',
    MINTQ_JWT_SECRET: randomBytes(36).toString('base64'),
    ...extraEnv,
  });
  const output: string[] = [];
  const fail = (what: string) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${what}:\n${output.join('')}`);
  };
  if ((await runCli(['import', bundle], env, output)) !== 0) fail(`\`mintq import ${bundle}\` failed`);
  for (const user of users) {
    const args = ['user', 'add', '--email', user.email, '--password', PASSWORD, '--role', user.role];
    if ((await runCli(args, env, output)) !== 0) fail(`\`mintq user add ${user.email}\` failed`);
  }
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code ?? 1;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      if (!(await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]))) {
        child.kill('SIGKILL');
        await exit;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`\`mintq serve\` exited with ${exited}:\n${output.join('')}`);
    }
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`\`mintq serve\` was not ready in time:\n${output.join('')}`);
    }
    await sleep(250);
  }
  return { baseUrl, output: () => output.join(''), stop };
}

// ---- the bundle of the second server: the sample plus CSV rows holding what was typed ----

/** A CSV field, quoted when it has to be. */
function csvField(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Appends rows to a bundle file in its own dialect (delimiter, line ending, byte-order mark).
 * Columns the file lacks are added at the end of its header (earlier rows leave them empty).
 */
function appendRows(dir: string, file: string, rows: readonly Record<string, string>[]): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.slice(bom.length).split(eol);
  while (lines.at(-1) === '') lines.pop();
  const headerLine = lines[0] ?? '';
  const delimiter = headerLine.includes(';') ? ';' : ',';
  const header = headerLine.split(delimiter);
  const added = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !header.includes(c));
  const columns = [...header, ...added];
  const body = lines.slice(1).map((line) => line + delimiter.repeat(added.length));
  const fresh = rows.map((row) => columns.map((c) => csvField(row[c] ?? '', delimiter)).join(delimiter));
  writeFileSync(path, `${bom}${[columns.join(delimiter), ...body, ...fresh].join(eol)}${eol}`);
}

// ---- what the admin sees: the whole answers, every field the schema offers ----

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface SchemaField {
  name: string;
  args: { type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}

const INTROSPECTION = `{ __schema { types { name kind fields { name args { defaultValue type { ...T } } type { ...T } } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

function namedType(ref: TypeRef): TypeRef {
  return ref.ofType ? namedType(ref.ofType) : ref;
}

/** `reach { … } goalAttainment { … } cohortFunnel { … }` with every field without required arguments. */
async function metricsQuery(baseUrl: string, token: string): Promise<string> {
  const { __schema } = await queryGraphql<{
    __schema: { types: { name: string; kind: string; fields: SchemaField[] | null }[] };
  }>(baseUrl, token, INTROSPECTION);
  const types = new Map(__schema.types.map((t) => [t.name, t]));
  const selection = (typeName: string, depth: number): string => {
    const fields = (types.get(typeName)?.fields ?? []).filter(
      (f) => !f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null),
    );
    const parts = fields.flatMap((f) => {
      const type = namedType(f.type);
      if (type.kind !== 'OBJECT') return [f.name];
      return depth > 0 && type.name ? [`${f.name} { ${selection(type.name, depth - 1)} }`] : [];
    });
    return parts.join(' ');
  };
  const query = types.get('Query')?.fields ?? [];
  const root = (name: string) => {
    const field = query.find((f) => f.name === name);
    if (!field) throw new Error(`the API has no query ${name}`);
    return `${name} { ${selection(namedType(field.type).name ?? '', 4)} }`;
  };
  return `{ ${root('reach')} ${root('goalAttainment')} ${root('cohortFunnel')} }`;
}

interface Metrics {
  reach: { activities: number | null; initiativesReached: number | null };
  goalAttainment: { goals: number | null; levels: { level: number; goals: number | null }[] };
  cohortFunnel: { cohort: string; goalsSet: number | null }[];
}

async function adminMetrics(baseUrl: string, token: string): Promise<Metrics> {
  return queryGraphql<Metrics>(baseUrl, token, await metricsQuery(baseUrl, token));
}

async function signInWith(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  path = '/',
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByLabel(de['login.email']).fill(email);
  await page.getByLabel(de['login.password']).fill(password);
  await page.getByRole('button', { name: de['login.submit'] }).click();
  await page.getByTestId('viewer-email').waitFor();
}

async function loginToken(baseUrl: string, email: string, password: string): Promise<string> {
  const { login } = await queryGraphql<{ login: { token: string } }>(
    baseUrl,
    null,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return login.token;
}

// ---- the journey ----

let smtp: SmtpCapture | undefined;
let appServer: BundleServer | undefined;
let importServer: BundleServer | undefined;
let browser: Browser | undefined;
let bundleDir: string | undefined;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  appServer = await startBundleServer(
    SAMPLE_BUNDLE,
    [
      { email: ADMIN, role: 'admin' },
      { email: LEAD, role: 'project_lead' },
    ],
    { MINTQ_SMTP_URL: smtp.url },
  );
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await appServer?.stop();
  await importServer?.stop();
  await smtp?.close();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail') {
    console.error(`app server output:\n${appServer?.output().slice(-4_000)}`);
    console.error(`import server output:\n${importServer?.output().slice(-4_000)}`);
  }
});

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

/** What the coordinator typed, the single source of both the form input and the CSV rows. */
const GOAL = {
  title: 'Mehr Schulen nutzen das Schülerlabor',
  description: 'Lehrkräfte der Region planen Besuche im Schülerlabor fest in ihren Unterricht ein.',
  staircaseLevel: 4,
  weight: '1,5',
  levels: [
    'Keine Schule meldet einen Besuch an.',
    'Zwei Schulen besuchen das Labor einmal.',
    'Fünf Schulen planen je einen Besuch pro Halbjahr ein.',
    'Sieben Schulen planen Besuche ein, zwei davon mit eigener Vorbereitung im Unterricht.',
    'Zehn Schulen, und der Besuch steht in ihren schulinternen Lehrplänen.',
  ],
  measurementPlan: 'Buchungsliste des Schülerlabors und kurze Rückfrage bei den Fachschaften.',
} as const;
const CHECKIN = { gasLevel: 1, note: 'Sieben Schulen haben gebucht, zwei bereiten im Unterricht vor.' };
const ACTIVITIES = [
  {
    daysAgo: 9,
    format: 'WORKSHOP',
    title: 'Workshop Laborbesuche planen',
    educators: 14,
    youth: 120,
    initiative: { existing: 'Schülerlabor Rhein-Main 8', key: 'mint-rhein-main-i08' },
  },
  {
    daysAgo: 2,
    format: 'CONSULTING',
    title: 'Beratung für die neue Technik-AG',
    educators: 3,
    youth: 25,
    initiative: { name: 'Technik-AG der Gesamtschule Nord', kind: 'EXTRACURRICULAR' },
  },
] as const;

describe('the coordinators’ journey (issue 17)', () => {
  let before: Metrics;
  let coordinatorToken: string;

  it('a project lead invites a coordinator from the roster; the mail arrives, the link sets a password', async () => {
    const server = started(appServer, 'the app server');
    const adminToken = await loginToken(server.baseUrl, ADMIN, PASSWORD);
    before = await adminMetrics(server.baseUrl, adminToken);
    const lead = await openPage(started(browser, 'Chromium'));
    const guest = await openPage(started(browser, 'Chromium'));
    try {
      await signInWith(
        lead.page,
        server.baseUrl,
        LEAD,
        PASSWORD,
        `/vollstaendigkeit?durchgang=${COORDINATOR.cohort}`,
      );
      const row = lead.page.locator(`[data-testid="completeness-row"][data-key="${COORDINATOR.key}"]`);
      await row.waitFor();
      await row.getByRole('checkbox').check();
      await lead.page.getByTestId('invite-selected').click();
      await lead.page.getByTestId('invited').getByText(COORDINATOR.name).waitFor();
      expect(lead.errors).toEqual([]);

      const mail = await started(smtp, 'the SMTP server').waitForMail(COORDINATOR.email, {
        timeoutMs: 15_000,
      });
      const link = mail.text.match(/https?:\/\/\S+\/einladung#token=[A-Za-z0-9_-]+/)?.[0];
      if (!link) throw new Error(`no invitation link in the mail:\n${mail.text}`);
      expect(link.startsWith(server.baseUrl)).toBe(true);
      await guest.page.goto(link);
      await guest.page.getByTestId('new-password').fill(COORDINATOR_PASSWORD);
      await guest.page.getByTestId('repeat-password').fill(COORDINATOR_PASSWORD);
      await guest.page.getByRole('button', { name: de['invitation.submit'] }).click();
      await guest.page.getByTestId('viewer-email').getByText(COORDINATOR.email).waitFor();
      await expect(guest.page.getByTestId('viewer-role').textContent()).resolves.toBe(de['role.PARTICIPANT']);
      expect(guest.errors).toEqual([]);
    } finally {
      await lead.close();
      await guest.close();
    }
  }, 180_000);

  it('signs in and sets a goal with five level descriptions', async () => {
    const server = started(appServer, 'the app server');
    const session = await openPage(started(browser, 'Chromium'));
    try {
      const { page } = session;
      await signInWith(page, server.baseUrl, COORDINATOR.email, COORDINATOR_PASSWORD, '/mein-wirkungsziel');
      coordinatorToken = await tokenOf(page);
      await waitForPage(page, de['nav.myGoals']);
      await page.getByRole('button', { name: de['my.goals.new'] }).click();
      const form = page.getByTestId('goal-form');
      await form.getByLabel(de['my.goalForm.title']).fill(GOAL.title);
      await form.getByLabel(de['my.goalForm.description']).fill(GOAL.description);
      await form.getByTestId('staircase').locator(`input[value="${GOAL.staircaseLevel}"]`).check();
      await form.getByLabel(de['my.goalForm.weight']).fill(GOAL.weight);
      const levels = form.getByTestId('goal-levels').locator('textarea');
      expect(await levels.count()).toBe(5);
      for (const [i, text] of GOAL.levels.entries()) await levels.nth(i).fill(text);
      await form.getByLabel(de['my.goalForm.measurementPlan']).fill(GOAL.measurementPlan);
      // Due today: the check-in below is then the final one, and the goal counts in the attainment.
      await form.getByLabel(de['my.goalForm.dueOn']).fill(todayInBerlin());
      await form.getByRole('button', { name: de['my.goalForm.save'] }).click();
      await page.getByTestId('goal-saved').waitFor();
      // Beside the goals the sample bundle gave them, the new one under a key of the import's key space.
      await myNewGoal(page).getByRole('heading', { name: GOAL.title }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('at 390 px records a check-in and two activities, one reaching an existing initiative, one a new one', async () => {
    const server = started(appServer, 'the app server');
    const session = await openPage(started(browser, 'Chromium'), PHONE);
    try {
      const { page } = session;
      await signInWith(page, server.baseUrl, COORDINATOR.email, COORDINATOR_PASSWORD, '/mein-wirkungsziel');
      await waitForPage(page, de['nav.myGoals']);
      await myNewGoal(page).getByRole('button', { name: de['my.goals.checkinButton'] }).click();
      const checkin = page.getByTestId('checkin-form');
      await checkin.getByLabel(de['my.checkin.date']).fill(todayInBerlin());
      await checkin.getByTestId('checkin-level').locator(`input[value="${CHECKIN.gasLevel}"]`).check();
      await checkin.getByLabel(de['my.checkin.note']).fill(CHECKIN.note);
      await checkin.getByRole('button', { name: de['my.checkin.save'] }).click();
      await myNewGoal(page).getByTestId('goal-checkins').getByText(CHECKIN.note, { exact: false }).waitFor();
      await expectNoSidewaysScroll(page);

      await page.goto(`${server.baseUrl}/transferaktivitaeten`);
      await waitForPage(page, de['nav.myActivities']);
      for (const activity of ACTIVITIES) {
        await page.getByRole('button', { name: de['my.activities.new'] }).first().click();
        const form = page.getByTestId('activity-form');
        await form
          .getByLabel(de['my.activityForm.occurredOn'])
          .fill(addDays(todayInBerlin(), -activity.daysAgo));
        await form.getByLabel(de['my.activityForm.format']).selectOption(activity.format);
        await form.getByLabel(de['my.activityForm.title'], { exact: true }).fill(activity.title);
        if ('existing' in activity.initiative) {
          await form.getByRole('checkbox', { name: activity.initiative.existing }).check();
        } else {
          await form.getByRole('button', { name: de['my.activityForm.addInitiative'] }).click();
          await form
            .getByLabel(de['my.activityForm.newName'].replace('{n}', '1'))
            .fill(activity.initiative.name);
          await form
            .getByLabel(de['my.activityForm.newKind'].replace('{n}', '1'))
            .selectOption(activity.initiative.kind);
        }
        await form.getByLabel(de['my.activityForm.educators']).fill(String(activity.educators));
        await form.getByLabel(de['my.activityForm.youth']).fill(String(activity.youth));
        await form.getByRole('button', { name: de['my.activityForm.save'] }).click();
        await page.getByTestId('my-activity').getByRole('heading', { name: activity.title }).waitFor();
      }
      await expectNoSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  }, 180_000);

  it('the admin’s reach, goal attainment and funnel equal a fresh server that imported the same entries as CSV', async () => {
    const server = started(appServer, 'the app server');
    // What the app stored, read back as the coordinator sees it: the set date is the app's.
    const { myGoals, myActivities } = await queryGraphql<{
      myGoals: {
        key: string;
        cohortKey: string;
        setOn: string;
        dueOn: string;
        weight: number;
        checkins: { checkedOn: string; gasLevel: number; note: string | null }[];
      }[];
      myActivities: {
        key: string;
        occurredOn: string;
        initiatives: { key: string; name: string; kind: string | null }[];
      }[];
    }>(
      server.baseUrl,
      coordinatorToken,
      `{ myGoals { key cohortKey setOn dueOn weight checkins { checkedOn gasLevel note } }
         myActivities { key occurredOn initiatives { key name kind } } }`,
    );
    const goal = myGoals.find((g) => g.key.startsWith(`${COORDINATOR.key}-goal-`));
    if (!goal) throw new Error(`no goal of ${COORDINATOR.key} stored: ${JSON.stringify(myGoals)}`);
    expect(goal).toMatchObject({
      cohortKey: COORDINATOR.cohort,
      setOn: todayInBerlin(),
      dueOn: todayInBerlin(),
      weight: 1.5,
    });
    expect(goal.checkins).toEqual([
      { checkedOn: todayInBerlin(), gasLevel: CHECKIN.gasLevel, note: CHECKIN.note },
    ]);
    const entered = myActivities.filter((a) => a.key.startsWith(`${COORDINATOR.key}-act-`));
    expect(entered).toHaveLength(2);

    // The same entries as bundle rows, from the values typed (keys are the importer's own choice).
    bundleDir = mkdtempSync(join(tmpdir(), 'mintq-journey-bundle-'));
    cpSync(SAMPLE_BUNDLE, bundleDir, { recursive: true });
    const newInitiative = ACTIVITIES[1].initiative;
    const kindOf = (kind: string) => kind.toLowerCase();
    appendRows(bundleDir, 'initiatives.csv', [
      {
        initiative_key: 'mint-rhein-main-neu-1',
        network_key: 'mint-rhein-main',
        name: 'name' in newInitiative ? newInitiative.name : '',
        kind: 'kind' in newInitiative ? kindOf(newInitiative.kind) : '',
      },
    ]);
    appendRows(bundleDir, 'goals.csv', [
      {
        goal_key: 'G-JOURNEY-1',
        participant_key: COORDINATOR.key,
        cohort_key: COORDINATOR.cohort,
        title: GOAL.title,
        staircase_level: String(GOAL.staircaseLevel),
        set_on: goal.setOn,
        due_on: todayInBerlin(),
        method: GOAL.measurementPlan,
        weight: '1.5',
        description: GOAL.description,
        level_minus_2: GOAL.levels[0],
        level_minus_1: GOAL.levels[1],
        level_0: GOAL.levels[2],
        level_plus_1: GOAL.levels[3],
        level_plus_2: GOAL.levels[4],
      },
    ]);
    appendRows(bundleDir, 'checkins.csv', [
      {
        goal_key: 'G-JOURNEY-1',
        checked_on: todayInBerlin(),
        gas_level: String(CHECKIN.gasLevel),
        note: CHECKIN.note,
      },
    ]);
    appendRows(
      bundleDir,
      'activities.csv',
      ACTIVITIES.map((a, i) => ({
        activity_key: `A-JOURNEY-${i + 1}`,
        participant_key: COORDINATOR.key,
        occurred_on: addDays(todayInBerlin(), -a.daysAgo),
        format: a.format.toLowerCase(),
        title: a.title,
        educators_reached: String(a.educators),
        youth_reached_estimate: String(a.youth),
        initiative_keys: 'key' in a.initiative ? a.initiative.key : 'mint-rhein-main-neu-1',
      })),
    );
    importServer = await startBundleServer(bundleDir, [{ email: ADMIN, role: 'admin' }]);

    const appToken = await loginToken(server.baseUrl, ADMIN, PASSWORD);
    const importToken = await loginToken(importServer.baseUrl, ADMIN, PASSWORD);
    const fromApp = await adminMetrics(server.baseUrl, appToken);
    const fromImport = await adminMetrics(importServer.baseUrl, importToken);
    expect(fromApp).toEqual(fromImport);

    // The entries did change the numbers: two activities, one goal more, at level +1 (the
    // comparison above would not notice entries that count nowhere). The funnel counts people:
    // the coordinator had set a goal in the sample bundle already.
    expect(fromApp.reach.activities).toBe((before.reach.activities ?? 0) + 2);
    expect(fromApp.goalAttainment.goals).toBe((before.goalAttainment.goals ?? 0) + 1);
    const atLevel = (m: Metrics) =>
      m.goalAttainment.levels.find((l) => l.level === CHECKIN.gasLevel)?.goals ?? 0;
    expect(atLevel(fromApp)).toBe(atLevel(before) + 1);
    const goalsSet = (m: Metrics) => m.cohortFunnel.find((c) => c.cohort === COORDINATOR.cohort)?.goalsSet;
    expect(goalsSet(fromApp)).toBe(goalsSet(before));
  }, 240_000);

  it('the admin’s Reichweite and Wirkungsziele pages show those numbers', async () => {
    const server = started(appServer, 'the app server');
    const session = await openPage(started(browser, 'Chromium'));
    try {
      const { page } = session;
      await signInWith(page, server.baseUrl, ADMIN, PASSWORD, REACH.path);
      const token = await tokenOf(page);
      for (const metric of [REACH, GOALS]) {
        await page.goto(`${server.baseUrl}${metric.path}`);
        await waitForPage(page, metric.title);
        await settle(page);
        // The page against its own server's API; that API equals the import server's (above).
        expect(await metric.mismatches(page, server.baseUrl, token, {})).toEqual([]);
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the coordinator reads and changes nothing of anyone else', async () => {
    const server = started(appServer, 'the app server');
    // Another coordinator's goal key, and one that does not exist: the same answer for both.
    const guesses = ['P0041-goal-1', 'G0001', 'P0040-goal-99'];
    const codes: string[] = [];
    for (const goalKey of guesses) {
      const answer = await postGraphql(
        server.baseUrl,
        coordinatorToken,
        'mutation($input: CheckinInput!) { recordMyCheckin(input: $input) { key } }',
        { input: { goalKey, checkedOn: todayInBerlin(), gasLevel: 0 } },
      );
      codes.push(String(answer.errors?.[0]?.extensions?.code));
    }
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    // Another coordinator's activity (A00001 is P0002's in the sample) cannot be changed or deleted.
    const deleted = await postGraphql(
      server.baseUrl,
      coordinatorToken,
      'mutation { deleteMyActivity(key: "A00001") }',
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const changed = await postGraphql(
      server.baseUrl,
      coordinatorToken,
      'mutation($input: ActivityInput!) { saveMyActivity(input: $input) { key } }',
      {
        input: {
          key: 'A00001',
          occurredOn: todayInBerlin(),
          format: 'WORKSHOP',
          title: 'übernommen',
          initiativeKeys: ['mint-rhein-main-i08'],
        },
      },
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Nor another network's initiative be linked to their own activity.
    const foreign = await postGraphql(
      server.baseUrl,
      coordinatorToken,
      'mutation($input: ActivityInput!) { saveMyActivity(input: $input) { key } }',
      {
        input: {
          occurredOn: todayInBerlin(),
          format: 'WORKSHOP',
          title: 'fremde Initiative',
          initiativeKeys: ['mint-ostalb-i01'],
        },
      },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBeDefined();
    expect(foreign.data ?? null).toBeNull();
    // The admin's questions are not the coordinator's.
    for (const query of [
      '{ reach { activities } }',
      '{ participants { totalCount } }',
      '{ entryCompleteness(cohort: "2024-25") { cohortKey } }',
    ]) {
      const answer = await postGraphql(server.baseUrl, coordinatorToken, query);
      expect(answer.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });
});

/** The card of the goal set in the app (the sample bundle's goals of the coordinator are listed too). */
function myNewGoal(page: Page) {
  return page.locator(`[data-testid="my-goal"][data-key^="${COORDINATOR.key}-goal-"]`);
}

/** The page is not wider than the phone: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
