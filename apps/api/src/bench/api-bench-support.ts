// Helpers of `pnpm bench:api` (api-bench.ts): a keep-alive GraphQL client, a scratch
// PostgreSQL database, percentiles and the printed table.
import { Agent, request } from 'node:http';
import { type Database, openDatabase } from '../database/database.js';
import { createScratchPostgres } from '../database/scratch-database.js';

export const POSTGRES_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

/** A database created for one data set and dropped afterwards (also when the run fails). */
export interface ScratchDatabase {
  name: string;
  database: Database;
  /** Closes the pool, waits for its connections to go, then drops the database. */
  drop(): Promise<void>;
  /** Drops the database now, ending its connections (on Ctrl-C). */
  forceDrop(): Promise<void>;
}

export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const scratch = await createScratchPostgres(POSTGRES_URL, 'mintq_apibench');
  let database: Database;
  try {
    database = await openDatabase({ url: scratch.url });
  } catch (error) {
    await scratch.forceDrop();
    throw error;
  }
  let dropped = false;
  return {
    name: scratch.name,
    database,
    async drop() {
      if (dropped) return;
      dropped = true;
      try {
        await database.close();
      } finally {
        await scratch.drop();
      }
    },
    async forceDrop() {
      if (dropped) return;
      dropped = true;
      await scratch.forceDrop();
    },
  };
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * POST /graphql over one keep-alive connection (node:http, so the client adds as little as
 * possible to what is measured). Fails on a non-200 status or any GraphQL error.
 */
export function graphqlClient(base: string) {
  const url = new URL('/graphql', base);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  async function post(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlBody> {
    const payload = JSON.stringify({ query, variables });
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    let body: GraphqlBody;
    try {
      body = JSON.parse(text) as GraphqlBody;
    } catch {
      throw new Error(`HTTP ${status}: ${text.slice(0, 200)}`);
    }
    if (body.errors?.length) {
      const first = body.errors[0];
      throw new Error(`${first?.extensions?.code ?? `HTTP ${status}`}: ${first?.message}`);
    }
    if (status !== 200) throw new Error(`HTTP ${status}: ${text.slice(0, 200)}`);
    return body;
  }
  return {
    post,
    async login(email: string, password: string): Promise<string> {
      const body = await post(
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      const token = (body.data?.login as { token?: string } | undefined)?.token;
      if (!token) throw new Error(`login of ${email} returned no token`);
      return token;
    },
    close: () => agent.destroy(),
  };
}

/** Nearest-rank percentile of milliseconds (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export interface Distribution {
  p50: number;
  p95: number;
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** One printed row: a query on a data set, HTTP against its service and its SQL. */
export interface ResultRow {
  dataSet: string;
  query: string;
  runs: number;
  http: Distribution | string;
  service: Distribution | string;
  sql: Distribution | string;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

/** `upper` p95 − `lower` p95, or null when one side was not measured. */
export function gapP95(upper: Distribution | string, lower: Distribution | string): number | null {
  return typeof upper === 'string' || typeof lower === 'string' ? null : upper.p95 - lower.p95;
}

/** HTTP − SQL at p95: everything the API adds to the SQL. */
export const overheadP95 = (row: ResultRow) => gapP95(row.http, row.sql);
/** HTTP − service at p95: what the API layer (token check, GraphQL, HTTP) adds. */
export const layerP95 = (row: ResultRow) => gapP95(row.http, row.service);

const signed = (value: number | null) => (value === null ? 'n/a' : `${value >= 0 ? '+' : ''}${ms(value)}`);

export function formatTable(rows: readonly ResultRow[]): string {
  const header = [
    'data set',
    'query',
    'runs',
    'HTTP p50',
    'HTTP p95',
    'service p95',
    'SQL p50',
    'SQL p95',
    'metrics p95',
    'API layer p95',
    'overhead p95',
    'HTTP/SQL p95',
  ];
  const cells = rows.map((row) => {
    const http = typeof row.http === 'string' ? null : row.http;
    const service = typeof row.service === 'string' ? null : row.service;
    const sql = typeof row.sql === 'string' ? null : row.sql;
    return [
      row.dataSet,
      row.query,
      String(row.runs),
      http ? ms(http.p50) : 'n/a',
      http ? ms(http.p95) : 'n/a',
      service ? ms(service.p95) : 'n/a',
      sql ? ms(sql.p50) : 'n/a',
      sql ? ms(sql.p95) : 'n/a',
      signed(gapP95(row.service, row.sql)),
      signed(layerP95(row)),
      signed(overheadP95(row)),
      http && sql && sql.p95 > 0 ? `${(http.p95 / sql.p95).toFixed(2)}×` : 'n/a',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (i < 2 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  const notes = rows.flatMap((row) =>
    (['http', 'service', 'sql'] as const).flatMap((side) => {
      const value = row[side];
      return typeof value === 'string' ? [`  ${row.dataSet} ${row.query}: ${side} n/a (${value})`] : [];
    }),
  );
  return [line(header), rule, ...cells.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** "12.3 s" since `started` (a performance.now() value). */
export function secondsSince(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
