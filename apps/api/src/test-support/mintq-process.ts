import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../common/free-port.js';
import { REPO_ROOT } from '../config/config.js';
import { SAMPLE_BUNDLE } from './sample-bundle.js';
import { TEST_JWT_SECRET } from './test-server.js';

/** The built command line: process tests run mintq as an operator does, in its own process. */
export const CLI = join(REPO_ROOT, 'apps', 'api', 'dist', 'cli.js');

function assertBuilt() {
  if (!existsSync(CLI))
    throw new Error(
      `the process tests run the built mintq; missing ${CLI}: run \`pnpm --filter @mintq/api build\``,
    );
}

export { freePort };

/**
 * The environment of a mintq process in a test: quiet, a fixed secret, and nothing from the
 * caller's environment that would point it at another database.
 */
export function mintqEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'MINTQ_DATA_DIR', 'NODE_ENV', 'PORT']) delete env[name];
  return {
    ...env,
    MINTQ_JWT_SECRET: TEST_JWT_SECRET,
    MINTQ_LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...settings,
  };
}

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs one mintq command to its end. */
export function runMintq(args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    collect(child, output);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), output: output.join('') }),
    );
  });
}

/**
 * The sample bundle and one user, through the command line as an operator loads them; throws
 * with the command's output when either fails.
 */
export async function loadSampleWithUser(
  env: NodeJS.ProcessEnv,
  user: { email: string; password: string; role: 'admin' | 'project_lead' },
): Promise<void> {
  for (const args of [
    ['import', SAMPLE_BUNDLE],
    ['user', 'add', '--email', user.email, '--password', user.password, '--role', user.role],
  ]) {
    const result = await runMintq(args, env);
    if (result.code !== 0) throw new Error(`mintq ${args[0]} exited with ${result.code}:\n${result.output}`);
  }
}

function collect(child: ChildProcess, sink: string[]) {
  child.stdout?.on('data', (chunk: Buffer) => sink.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => sink.push(chunk.toString()));
}

/** A running `mintq serve`. */
export interface MintqProcess {
  baseUrl: string;
  pid: number;
  /** Everything it printed so far. */
  output(): string;
  /** null while it runs; its exit code (or 128 + signal) once it ended. */
  exitCode(): number | null;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number>;
  /** Sends a signal; SIGTERM then SIGKILL after `graceMs` when it does not end. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<number>;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGTERM: 15, SIGKILL: 9, SIGINT: 2 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `mintq serve` on a free port and waits until `/readyz` answers 200. */
export async function startMintq(env: NodeJS.ProcessEnv, readyTimeoutMs = 60_000): Promise<MintqProcess> {
  assertBuilt();
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  collect(child, output);
  let code: number | null = null;
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (exitCode, signal) => {
      code = exitCode ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0);
      resolve(code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const process_: MintqProcess = {
    baseUrl,
    pid: child.pid ?? 0,
    output: () => output.join(''),
    exitCode: () => code,
    exited,
    async stop(signal = 'SIGTERM', graceMs = 15_000) {
      if (code !== null) return code;
      child.kill(signal);
      const ended = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
      if (!ended) child.kill('SIGKILL');
      return exited;
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (code !== null) throw new Error(`mintq serve exited with ${code}:\n${process_.output()}`);
    const ready = await fetch(`${baseUrl}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ready) return process_;
    await sleep(200);
  }
  await process_.stop('SIGKILL');
  throw new Error(`mintq serve did not become ready within ${readyTimeoutMs} ms:\n${process_.output()}`);
}

/** Signs in over HTTP and returns the token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { token?: string } }; errors?: unknown };
  const token = body.data?.login?.token;
  if (!token) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(body)}`);
  return token;
}
