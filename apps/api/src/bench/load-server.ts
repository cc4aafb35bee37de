// The mintq that `pnpm bench:load` measures when it is given no URL: `mintq serve` from the
// build, in a process of its own (the load generator must not share its event loop), on the
// demo data: embedded in a temporary folder, or on DATABASE_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../config/config.js';
import { openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { isDatabaseEmpty, loadDemo } from '../demo/load-demo.js';

const CLI = join(REPO_ROOT, 'apps', 'api', 'dist', 'cli.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** Everything the server printed (its request log included). */
  log(): string;
  /** Stops the server (SIGTERM, then SIGKILL) and deletes its folder; `keepLog` gets its log first. */
  stop(keepLog?: string): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Loads the demo data into DATABASE_URL's database when it is empty (as `mintq demo` would). */
async function ensureDemoData(url: string): Promise<void> {
  const database = await openDatabase({ url });
  try {
    await migrateToLatest(database.db);
    if (await isDatabaseEmpty(database.db)) {
      console.log('The database is empty: loading the demo data …');
      await loadDemo(database.db, { withLogins: true });
    }
  } finally {
    await database.close();
  }
}

/** Starts mintq and waits until `/readyz` answers 200 (loading the demo data can take a minute). */
export async function startBenchServer(databaseUrl: string | undefined): Promise<BenchServer> {
  if (databaseUrl) await ensureDemoData(databaseUrl);
  const folder = await mkdtemp(join(tmpdir(), 'mintq-load-'));
  const logFile = join(folder, 'serve.log');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The demo sign-ins exist only outside production; no caller's settings point elsewhere.
  for (const name of ['NODE_ENV', 'DATABASE_URL', 'MINTQ_DATA_DIR', 'PORT', 'HOST']) delete env[name];
  Object.assign(env, {
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    MINTQ_DATA_DIR: join(folder, 'data'),
    MINTQ_JWT_SECRET: randomBytes(36).toString('base64'),
    MINTQ_LOG_LEVEL: process.env.MINTQ_LOG_LEVEL ?? 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--init-demo'], {
    env,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code ?? 1;
      resolve();
    }),
  );
  const server: BenchServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    log: () => readFileSync(logFile, 'utf8'),
    async stop(keepLog) {
      if (exitCode === null) {
        child.kill('SIGTERM');
        const ended = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
        if (!ended) child.kill('SIGKILL');
        await exited;
      }
      if (keepLog) await copyFile(logFile, keepLog);
      await rm(folder, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 10 * 60_000;
  while (exitCode === null && Date.now() < deadline) {
    const ready = await fetch(`${server.baseUrl}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return server;
    await sleep(500);
  }
  const log = server.log();
  await server.stop();
  throw new Error(`mintq serve did not get ready (exit code ${exitCode}):\n${log.slice(-4000)}`);
}
