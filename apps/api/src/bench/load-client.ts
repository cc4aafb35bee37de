// One simulated dashboard user of `pnpm bench:load`: its own keep-alive connection (as a browser
// keeps one to the server), every request timed and classified, never thrown.
import { Agent, request } from 'node:http';
import type { Operation } from './load-mix.js';

/** How a request ended. `ok` is an HTTP 200 without GraphQL errors. */
export type Outcome =
  | { kind: 'ok'; data: Record<string, unknown> }
  | { kind: 'timeout' }
  | { kind: 'reset'; code: string }
  | { kind: 'network'; code: string }
  | { kind: 'http'; status: number }
  | { kind: 'graphql'; code: string };

export interface Sample {
  operation: string;
  /** performance.now() when sent. */
  sentAt: number;
  ms: number;
  outcome: Outcome;
}

// The connection ended under the request: the server reset it or closed it without an answer.
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/** A client with one connection at a time; `timeoutMs` ends a request that takes longer. */
export class LoadClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;
  token: string | undefined;
  /** Milliseconds from asking for a new connection to having it, one per connection opened. */
  readonly connectMs: number[] = [];

  constructor(
    base: string,
    private readonly timeoutMs: number,
  ) {
    this.url = new URL('/graphql', base);
  }

  /** Sends one operation and reports how it went. */
  send(op: Operation): Promise<Sample> {
    const payload = JSON.stringify(op);
    const sentAt = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ operation: op.operationName, sentAt, ms: performance.now() - sentAt, outcome });
      };
      const req = request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error: NodeJS.ErrnoException) => finish(failure(error)));
          res.on('end', () => finish(classify(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
        },
      );
      // A request that has not been answered in time is given up, and its connection with it.
      const timer = setTimeout(() => {
        finish({ kind: 'timeout' });
        req.destroy();
      }, this.timeoutMs);
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        socket.once('connect', () => this.connectMs.push(performance.now() - sentAt));
      });
      req.on('error', (error: NodeJS.ErrnoException) => finish(failure(error)));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function failure(error: NodeJS.ErrnoException): Outcome {
  const code = error.code ?? error.message;
  // Node says "socket hang up" when the server closed the connection before answering.
  if (RESET_CODES.has(code) || error.message === 'socket hang up') return { kind: 'reset', code };
  return { kind: 'network', code };
}

function classify(status: number, text: string): Outcome {
  let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'http', status };
  }
  const error = body.errors?.[0];
  if (error) return { kind: 'graphql', code: error.extensions?.code ?? `HTTP ${status}` };
  if (status !== 200) return { kind: 'http', status };
  return { kind: 'ok', data: body.data ?? {} };
}
