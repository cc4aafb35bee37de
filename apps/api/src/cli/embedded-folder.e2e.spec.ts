import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../database/data-dir-lock.js';
import { openDatabase } from '../database/database.js';
import {
  loadSampleWithUser,
  type MintqProcess,
  mintqEnv,
  runMintq,
  signIn,
  startMintq,
} from '../test-support/mintq-process.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';

/**
 * One owner per embedded folder, for real: a running `serve` and a second process on the
 * same MINTQ_DATA_DIR. Before the lock, `import` beside `serve` exited 0, its data vanished,
 * and the folder no longer opened.
 */
const PASSWORD = 'folder-password';

async function countOf(dataDir: string, query: string): Promise<number> {
  const database = await openDatabase({ dataDir });
  try {
    const { rows } = await sql<{ n: number }>`${sql.raw(query)}`.execute(database.db);
    return Number(rows[0]?.n);
  } finally {
    await database.close();
  }
}

describe('the embedded folder has one owner', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let participants: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mintq-folder-test-'));
    env = mintqEnv({ MINTQ_DATA_DIR: dataDir, MINTQ_SHUTDOWN_GRACE_SECONDS: '5' });
    await loadSampleWithUser(env, { email: 'lead@folder.example', password: PASSWORD, role: 'project_lead' });
    participants = await countOf(dataDir, 'select count(*)::int as n from participants');
    expect(participants).toBeGreaterThan(0);
  }, 120_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second writer beside a running serve, with a message naming it; nothing is lost', async () => {
    const serve = await startMintq(env);
    try {
      const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as {
        pid: number;
        url?: string;
      };
      expect(lock.pid).toBe(serve.pid);
      for (const args of [
        ['import', SAMPLE_BUNDLE],
        ['user', 'add', '--email', 'late@folder.example', '--password', PASSWORD, '--role', 'analyst'],
        ['demo', '--force'],
        ['serve'],
      ]) {
        const second = await runMintq(args, { ...env, PORT: '0' });
        expect(second.code, `${args[0]}: ${second.output}`).toBe(1);
        expect(second.output).toContain(`in use by mintq serve (process ${serve.pid}`);
        expect(second.output).toContain(lock.url ?? 'no url');
      }
      // The running server is untouched and still answers from the same data.
      const token = await signIn(serve.baseUrl, 'lead@folder.example', PASSWORD);
      expect(token).toBeTruthy();
    } finally {
      expect(await serve.stop('SIGTERM')).toBe(0);
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    expect(await countOf(dataDir, 'select count(*)::int as n from participants')).toBe(participants);
    expect(
      await countOf(dataDir, `select count(*)::int as n from users where email = 'late@folder.example'`),
    ).toBe(0);
    expect(
      await countOf(dataDir, `select count(*)::int as n from users where email = 'lead@folder.example'`),
    ).toBe(1);
  }, 120_000);

  it('takes over the lock of a killed serve', async () => {
    const killed = await startMintq(env);
    expect(await killed.stop('SIGKILL')).toBe(128 + 9);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(killed.pid);
    const next = await startMintq(env);
    try {
      expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(next.pid);
      await signIn(next.baseUrl, 'lead@folder.example', PASSWORD);
    } finally {
      expect(await next.stop('SIGTERM')).toBe(0);
    }
    expect(await countOf(dataDir, 'select count(*)::int as n from participants')).toBe(participants);
  }, 120_000);

  it('stops gracefully on SIGTERM: the request in flight is answered, then the lock is gone', async () => {
    const serve: MintqProcess = await startMintq(env);
    const token = await signIn(serve.baseUrl, 'lead@folder.example', PASSWORD);
    // A dry-run upload whose body arrives slowly is in flight when SIGTERM comes.
    const csv = readFileSync(join(SAMPLE_BUNDLE, 'programs.csv'));
    const boundary = 'mintq-graceful';
    const head = Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="programs.csv"\r\ncontent-type: text/csv\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const answered = new Promise<number>((resolve, reject) => {
      const req = request(
        `${serve.baseUrl}/api/imports?dryRun=true`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + csv.length + tail.length),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(head);
      setTimeout(() => req.write(csv.subarray(0, 10)), 200);
      setTimeout(() => {
        req.write(csv.subarray(10));
        req.end(tail);
      }, 1_500);
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const exited = serve.stop('SIGTERM', 20_000);
    // A new connection is refused once it stops listening; the upload in flight still finishes.
    expect(await answered).toBeLessThan(500);
    expect(await exited).toBe(0);
    expect(serve.output()).toContain('mintq stopped.');
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 60_000);
});
