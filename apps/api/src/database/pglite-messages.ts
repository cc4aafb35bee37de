// The messages between the main thread (pglite-client.ts) and the PGlite worker (pglite-worker.ts).
// Types only: the worker runs from the built output, so it must not depend on anything at run
// time that vitest would take from the sources instead.

/** What the worker is started with (`workerData`). */
export interface PGliteWorkerOptions {
  /** The data folder; none: in memory. */
  dataDir?: string;
}

/** Main thread → worker. */
export type PGliteRequest =
  | { type: 'query'; id: number; sql: string; params: readonly unknown[] }
  | { type: 'close'; id: number };

/** Worker → main thread. */
export type PGliteReply =
  | { type: 'ready' }
  | { type: 'failed'; error: SerializedError }
  | { type: 'result'; id: number; result: PGliteQueryResult }
  | { type: 'error'; id: number; error: SerializedError }
  | { type: 'closed'; id: number };

export interface PGliteQueryResult {
  rows: Record<string, unknown>[];
  /** PostgreSQL's command tag (`SELECT`, `INSERT`, `COMMIT`, `ROLLBACK`, …). */
  command: string;
  affectedRows: number;
}

/**
 * An error as plain data: structured cloning keeps only an Error's name, message and stack, and
 * callers branch on PostgreSQL's fields (`code` 23505 for a unique violation, 40001 for a
 * serialization failure, `constraint`, `detail`).
 */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, string | number>;
}
