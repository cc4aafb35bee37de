#!/usr/bin/env node
// Prints the Largest Contentful Paint of the overview, signed in as the admin, in ms: the real
// server (`mintq demo` + `mintq serve` on embedded PGlite in a scratch folder) and a real
// headless Chromium, the same way the end-to-end tests start them (e2e/support/), launched by the
// API's own launcher and free-port helper (`@mintq/api/chromium`, `@mintq/api/free-port`).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@mintq/api/chromium';
import { freePort } from '@mintq/api/free-port';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'apps/api/dist/cli.js');
const index = join(root, 'apps/dashboard/dist/index.html');

for (const file of [cli, index]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: run \`pnpm build\` first.`);
    process.exit(1);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = mkdtempSync(join(tmpdir(), 'mintq-lcp-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const env = { ...process.env };
delete env.DATABASE_URL;
delete env.NODE_ENV;
Object.assign(env, {
  MINTQ_DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  MINTQ_LOG_LEVEL: 'warn',
  MINTQ_JWT_SECRET: randomBytes(36).toString('base64'),
});

let server;
let browser;
let output = '';
try {
  const demo = spawn(process.execPath, [cli, 'demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  demo.stdout.on('data', (chunk) => (output += chunk));
  demo.stderr.on('data', (chunk) => (output += chunk));
  const demoExit = await new Promise((resolve) => demo.once('exit', resolve));
  if (demoExit !== 0) throw new Error(`mintq demo exited with ${demoExit}:\n${output}`);

  server = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`mintq serve exited with ${server.exitCode}:\n${output}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`mintq serve was not ready in time:\n${output}`);
    await sleep(250);
  }

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-Mail-Adresse').fill('admin@mintq.example');
  await page.getByLabel('Passwort').fill('mintq-demo');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByTestId('viewer-email').waitFor();

  // A fresh document load of the overview, signed in (the token stays in sessionStorage):
  // that is what someone opening a bookmark waits for.
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('kpi-multipliers').waitFor();
  await page.waitForLoadState('networkidle');
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = null;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = entry;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        // The buffered entries arrive in the next task; give late paints a moment too.
        setTimeout(
          () =>
            resolve(
              last && {
                ms: Math.round(last.startTime),
                element: last.element
                  ? last.element.tagName.toLowerCase() +
                    (last.element.className ? `.${String(last.element.className).split(' ')[0]}` : '')
                  : null,
              },
            ),
          1000,
        );
      }),
  );
  if (!lcp) throw new Error('Chromium reported no largest-contentful-paint entry');
  console.log(`LCP ${lcp.ms} ms (overview, admin, 1280×800${lcp.element ? `, element ${lcp.element}` : ''})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => server.once('exit', resolve)), sleep(10_000)]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
}
