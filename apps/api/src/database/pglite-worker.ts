// The embedded database's own thread: PGlite is PostgreSQL compiled to WebAssembly and runs on
// the thread that calls it, so on the main thread every query stopped mintq from accepting
// connections and answering anyone else. Here it gets this worker to itself; pglite-client.ts
// sends it statements and receives rows.
//
// Started from the built output only (`dist/database/pglite-worker.js`): plain Node cannot load
// a .ts file, so tests run this file as built (see pglite-client.ts).
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { PGliteReply, PGliteRequest, PGliteWorkerOptions, SerializedError } from './pglite-messages.js';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// The same conversions as the PostgreSQL pool's in database.ts (they are functions, so they cannot
// be sent here): dates stay 'YYYY-MM-DD' strings, as JS Dates would shift them by the time zone;
// numeric stays a string (exact cents); int8 counts become numbers.
const keepText = (value: string) => value;
const toNumber = (value: string) => Number(value);

// PGlite adds the statement and its parameters to its errors: large (an import's column arrays)
// and possibly personal, so they do not travel; PostgreSQL's own fields do.
const LEFT_OUT = new Set(['query', 'params', 'queryOptions', 'length']);

function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (LEFT_OUT.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

if (!parentPort) throw new Error('pglite-worker.js runs as a worker thread (see pglite-client.ts)');
const port: MessagePort = parentPort;
const reply = (message: PGliteReply) => port.postMessage(message);

const { dataDir } = workerData as PGliteWorkerOptions;
try {
  serve(
    await PGlite.create(dataDir, {
      parsers: { [DATE_OID]: keepText, [NUMERIC_OID]: keepText, [INT8_OID]: toNumber },
    }),
  );
  reply({ type: 'ready' });
} catch (error) {
  // The main thread terminates this worker on hearing it (a locked or damaged data folder).
  reply({ type: 'failed', error: serializeError(error) });
}

function serve(pglite: PGlite): void {
  port.on('message', async (request: PGliteRequest) => {
    try {
      if (request.type === 'close') {
        if (!pglite.closed) await pglite.close();
        reply({ type: 'closed', id: request.id });
        return;
      }
      const { rows, command, affectedRows } = await pglite.query<Record<string, unknown>>(request.sql, [
        ...request.params,
      ]);
      reply({
        type: 'result',
        id: request.id,
        result: { rows, command: command ?? '', affectedRows: affectedRows ?? 0 },
      });
    } catch (error) {
      // Also a reply that cannot be cloned (a row holding a function, in theory) lands here.
      reply({ type: 'error', id: request.id, error: serializeError(error) });
    }
  });
}
