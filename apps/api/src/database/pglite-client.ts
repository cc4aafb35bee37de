import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  PGliteQueryResult,
  PGliteReply,
  PGliteRequest,
  PGliteWorkerOptions,
  SerializedError,
} from './pglite-messages.js';

/**
 * An error of the embedded database, with PostgreSQL's fields as `pg` gives them (`code`,
 * `detail`, `constraint`, …), so callers can tell a unique violation (23505) from the rest.
 */
export class PGliteError extends Error {
  [field: string]: unknown;
  declare code?: string;
  declare detail?: string;

  constructor(error: SerializedError) {
    super(error.message);
    Object.assign(this, error.fields);
    this.name = error.name;
    if (error.stack) this.stack = error.stack;
  }
}

// The SQLSTATEs PostgreSQL gives when its server crashed or a connection is gone, so these
// errors count as "database unavailable", like a lost PostgreSQL server, not as a bad statement.
const CRASHED = '57P02';
const CLOSED = '08003';

function unavailable(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * PGlite in a worker thread of its own (pglite-worker.ts), seen from the main thread: statements
 * go there as messages, rows come back. A statement's WebAssembly work no longer blocks the main
 * thread, which keeps accepting connections and answering requests meanwhile.
 */
export class PGliteClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Set once the worker is gone: every later statement fails with it. */
  private stopped: Error | undefined;
  private closing = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: PGliteReply) => this.receive(message));
    worker.on('error', (error) =>
      this.stop(unavailable(CRASHED, `mintq's embedded database failed: ${error.message}`)),
    );
    worker.on('exit', (code) =>
      this.stop(
        this.closing
          ? unavailable(CLOSED, "mintq's embedded database is closed")
          : unavailable(
              CRASHED,
              `mintq's embedded database stopped (worker exit code ${code}); restart mintq`,
            ),
      ),
    );
  }

  /** Starts the worker and opens PGlite in it: `dataDir`, or in memory. */
  static start(options: PGliteWorkerOptions): Promise<PGliteClient> {
    const worker = new Worker(workerFile(), { workerData: options });
    return new Promise((resolve, reject) => {
      const onMessage = (message: PGliteReply) => {
        if (message.type !== 'ready' && message.type !== 'failed') return;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (message.type === 'failed') {
          reject(new PGliteError(message.error));
          void worker.terminate();
          return;
        }
        const client = new PGliteClient(worker);
        client.updateRef();
        resolve(client);
      };
      // An error in the worker is followed by its exit; the exit ends the wait either way.
      let failure: Error | undefined;
      const onError = (error: Error) => {
        failure = error;
      };
      const onExit = (code: number) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        reject(failure ?? new Error(`mintq's embedded database did not start (worker exit code ${code})`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }

  /** Runs one statement with its parameters ($1, $2, …). */
  query(sql: string, params: readonly unknown[]): Promise<PGliteQueryResult> {
    return this.send({ type: 'query', id: this.nextId++, sql, params }) as Promise<PGliteQueryResult>;
  }

  /** Closes PGlite (which writes its data folder out) and ends the worker. */
  async close(): Promise<void> {
    if (this.stopped) return;
    await this.send({ type: 'close', id: this.nextId++ });
    this.closing = true;
    await this.worker.terminate();
  }

  private send(request: PGliteRequest): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      // Throws for parameters that cannot be cloned (a function): the caller's statement fails.
      this.worker.postMessage(request);
      this.pending.set(request.id, { resolve, reject });
      this.updateRef();
    });
  }

  private receive(message: PGliteReply): void {
    if (message.type === 'ready' || message.type === 'failed') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    this.updateRef();
    if (message.type === 'error') pending.reject(new PGliteError(message.error));
    else if (message.type === 'result') pending.resolve(message.result);
    else pending.resolve(undefined);
  }

  /** Rejects everything waiting and everything to come: nobody waits for an answer that cannot come. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const pending of this.pending.values()) pending.reject(this.stopped);
    this.pending.clear();
  }

  /**
   * Keeps the process alive while a statement waits for its answer, and only then, as PGlite on
   * the main thread did: an idle database does not keep a finished command from exiting.
   */
  private updateRef(): void {
    if (this.pending.size > 0) this.worker.ref();
    else this.worker.unref();
  }
}

/**
 * The worker's file. Built, it sits beside this one. From the sources (vitest runs the .ts files)
 * it is the built one too: Node 20 runs no TypeScript in a worker. `pnpm test` builds the API
 * first, as the dashboard's end-to-end tests need `apps/api/dist` as well; a missing or outdated
 * build is an error rather than a test of old code.
 */
function workerFile(): URL {
  const beside = new URL('./pglite-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return beside;
  const built = new URL('../../dist/database/pglite-worker.js', import.meta.url);
  const source = new URL('./pglite-worker.ts', import.meta.url);
  const hint = 'run `pnpm --filter @mintq/api build` (pnpm test does it first)';
  if (!existsSync(built))
    throw new Error(`The PGlite worker is not built (${fileURLToPath(built)}): ${hint}`);
  if (statSync(built).mtimeMs < statSync(source).mtimeMs)
    throw new Error(`The built PGlite worker is older than pglite-worker.ts: ${hint}`);
  return built;
}
