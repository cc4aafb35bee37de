import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@mintq/api/free-port';

/** The repository root (`apps/dashboard/e2e/support` is four folders below it). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const CLI = join(REPO_ROOT, 'apps/api/dist/cli.js');
const DASHBOARD_INDEX = join(REPO_ROOT, 'apps/dashboard/dist/index.html');

/** A running `mintq serve` with the demo data in its own embedded database. */
export interface MintqServer {
  /** e.g. `http://127.0.0.1:43127` (no trailing slash). */
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

/**
 * Fails loudly when the builds are missing: the tests drive the built API and dashboard, and
 * silently skipping them would report green for a dashboard nobody looked at.
 */
export function assertBuilt(): void {
  const missing = [CLI, DASHBOARD_INDEX].filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `The end-to-end tests need the built API and dashboard; missing: ${missing.join(', ')}. Run \`pnpm build\` (or \`pnpm --filter @mintq/api build && pnpm --filter @mintq/dashboard build\`) first.`,
    );
}

/** The environment of both CLI calls: embedded PGlite in `dataDir`, never a DATABASE_URL from outside. */
function serverEnv(dataDir: string, port: number, jwtSecret: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  return {
    ...env,
    MINTQ_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    MINTQ_LOG_LEVEL: 'warn',
    MINTQ_JWT_SECRET: jwtSecret,
  };
}

function collect(child: ChildProcess, sink: string[]): void {
  child.stdout?.on('data', (chunk: Buffer) => sink.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => sink.push(chunk.toString()));
}

function runToEnd(args: string[], env: NodeJS.ProcessEnv, sink: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    collect(child, sink);
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the real server the way an operator would: `mintq demo` into a fresh data folder,
 * then `mintq serve`, and waits until `GET /readyz` answers 200. `env` adds to the server's
 * environment, e.g. `MINTQ_SMTP_URL` of a test's mail server.
 */
export async function startMintqServer({
  readyTimeoutMs = 120_000,
  env: extraEnv = {},
}: {
  readyTimeoutMs?: number;
  env?: Record<string, string>;
} = {}): Promise<MintqServer> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'mintq-e2e-'));
  const port = await freePort();
  // 48 random characters: the API refuses secrets shorter than 32.
  const env = { ...serverEnv(dataDir, port, randomBytes(36).toString('base64')), ...extraEnv };
  const output: string[] = [];
  const demoExit = await runToEnd(['demo'], env, output);
  if (demoExit !== 0) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`\`mintq demo\` exited with ${demoExit}:\n${output.join('')}`);
  }
  const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  collect(child, output);
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code ?? 1;
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const killed = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exit;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`\`mintq serve\` exited with ${exited} before it was ready:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`\`mintq serve\` was not ready after ${readyTimeoutMs} ms:\n${output.join('')}`);
    }
    await sleep(250);
  }
  return { baseUrl, dataDir, output: () => output.join(''), stop };
}
