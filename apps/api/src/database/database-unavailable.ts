import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { ServiceUnavailableError } from '../errors/service-unavailable.error.js';

/**
 * The database could not be reached or dropped the connection mid-request: a restart, a
 * terminated backend, a network cut. Nothing is wrong with the request; the same request may
 * succeed in a moment. A transaction cut off this way was rolled back by the server.
 */
export class DatabaseUnavailableError extends ServiceUnavailableError {
  constructor(
    /** What the driver reported: for the log, never for the client. */
    readonly reason: unknown,
    message = 'The database is not reachable at the moment. Please try again shortly.',
  ) {
    super(message);
  }
}

// SQLSTATE classes and codes that mean "the connection or the server went away", not "your
// statement was wrong": class 08 (connection exception), 57P01–57P03 (shutdown, crash,
// starting up), 53300 (too many connections). Node's socket errors and the messages of `pg`
// for a dead client say the same before any SQLSTATE arrives.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/** True when `error` says the database is away rather than that a statement failed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  }
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}

function translate(error: unknown): unknown {
  return isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailableError)
    ? new DatabaseUnavailableError(error)
    : error;
}

async function translated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translate(error);
  }
}

class TranslatingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return translated(() => this.inner.executeQuery<R>(query));
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw translate(error);
    }
  }
}

/**
 * Wraps a driver so that every way the database can go away surfaces as one error class,
 * `DatabaseUnavailableError` (SERVICE_UNAVAILABLE to clients, 503 over REST), whichever query,
 * transaction step or connection checkout met it. The driver's own methods get their own
 * connection objects back (the `pg` driver releases through a private symbol on them).
 */
class TranslatingDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init() {
    return translated(() => this.inner.init());
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new TranslatingConnection(await translated(() => this.inner.acquireConnection()));
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return translated(() => this.inner.beginTransaction(unwrap(connection), settings));
  }
  commitTransaction(connection: DatabaseConnection) {
    return translated(() => this.inner.commitTransaction(unwrap(connection)));
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return translated(() => this.inner.rollbackTransaction(unwrap(connection)));
  }
  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return translated(async () => this.inner.savepoint?.(unwrap(connection), name, compile));
  }
  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return translated(async () => this.inner.rollbackToSavepoint?.(unwrap(connection), name, compile));
  }
  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    return translated(async () => this.inner.releaseSavepoint?.(unwrap(connection), name, compile));
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(unwrap(connection));
  }
  destroy() {
    return this.inner.destroy();
  }
}

function unwrap(connection: DatabaseConnection): DatabaseConnection {
  return connection instanceof TranslatingConnection ? connection.inner : connection;
}

/** The dialect with its driver wrapped in `TranslatingDriver`. */
export function reportingUnavailable(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new TranslatingDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
