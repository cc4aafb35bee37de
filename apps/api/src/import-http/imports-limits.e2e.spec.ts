import { once } from 'node:events';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { crc32, createDeflateRaw } from 'node:zlib';
import { TEXT_MAX_CHARS } from '@mintq/schema';
import { Zip, type ZipInputFile } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { NOT_UTF8 } from '../import/utf8-check.js';
import { countRows } from '../test-support/database-fingerprint.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { UPLOAD_LIMITS } from './multipart-upload.js';

const MIB = 1024 * 1024;
const NETWORKS = 'network_key,name,state_code\nmint-ostalb,MINT-Region Ostalb,DE-BW\n';
const PARTICIPANTS = 'participant_key,network_key,display_name,email\n';
/** What a bad upload must be answered within, and what /healthz must answer within meanwhile. */
const ANSWER_MS = 2000;
const HEALTH_MS = 200;

interface ReportBody {
  batchId: number | null;
  ok: boolean;
  errors: string[];
}

/**
 * A zip of one file holding `bytes` of one character and no line end: a few hundred KB that
 * unpack to hundreds of MiB (zlib deflates, which is quicker than fflate here; fflate zips).
 */
async function oneLineZip(name: string, bytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const chunk = Buffer.alloc(MIB, 'x');
  let crc = 0;
  for (let done = 0; done < bytes; done += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, bytes - done));
    crc = crc32(part, crc);
    if (!deflate.write(part)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const file: ZipInputFile = { filename: name, size: bytes, crc, compression: 8 };
  zip.add(file);
  const data = Buffer.concat(compressed);
  file.ondata?.(null, new Uint8Array(data.buffer, data.byteOffset, data.length), true);
  zip.end();
  return Buffer.concat(parts);
}

/** Text to send, or `text` sent `times` over: the client thread builds it, so this one holds no megabytes. */
type Part = string | { text: string; times: number };

/** What a client uploads: files as a form, or one file streamed as `head` then `repeat` up to `bytes`. */
type Upload =
  | { files: Record<string, Uint8Array | Part[]> }
  | { streamed: { name: string; head: string; repeat: string; bytes: number } };

interface Answer {
  status: number;
  text: string;
  /** From sending the first byte to the end of the answer. */
  ms: number;
  /** Bytes of `repeat` the client sent. */
  sent: number;
}

/**
 * The client, in a worker thread of its own: sending 40 MiB from this thread would block the
 * server's event loop in this same process, and /healthz would measure the client.
 */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, files, streamed } = workerData;
async function send() {
  const started = performance.now();
  const headers = { authorization: 'Bearer ' + token };
  let body;
  let sent = 0;
  if (files) {
    body = new FormData();
    for (const [name, content] of Object.entries(files)) {
      const parts = Array.isArray(content)
        ? content.map((part) => (typeof part === 'string' ? part : part.text.repeat(part.times)))
        : [content];
      body.append('files', new Blob(parts), name);
    }
  } else {
    const boundary = 'mintq-test-boundary';
    headers['content-type'] = 'multipart/form-data; boundary=' + boundary;
    const parts = [Buffer.from('--' + boundary + '\\r\\nContent-Disposition: form-data; name="files"; filename="'
      + streamed.name + '"\\r\\nContent-Type: text/csv\\r\\n\\r\\n' + streamed.head)];
    const repeated = Buffer.from(streamed.repeat);
    body = new ReadableStream({
      pull(controller) {
        if (parts.length > 0) return controller.enqueue(parts.shift());
        if (sent >= streamed.bytes) {
          controller.enqueue(Buffer.from('\\r\\n--' + boundary + '--\\r\\n'));
          return controller.close();
        }
        sent += repeated.length;
        controller.enqueue(repeated);
      },
    });
  }
  const response = await fetch(url, { method: 'POST', headers, body, duplex: 'half' });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started, sent };
}
send().then((answer) => parentPort.postMessage(answer), (error) => parentPort.postMessage({ error: String(error) }));
`;

/** Starts an upload from its own thread; `leave()` ends the thread, closing its connection. */
function uploadFrom(server: TestServer, token: string, upload: Upload) {
  const worker = new Worker(CLIENT, {
    eval: true,
    workerData: { url: `${server.base}/api/imports`, token, ...upload },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    worker.once('message', (message: Answer | { error: string }) => {
      void worker.terminate();
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    worker.once('error', reject);
  });
  return { answer, leave: async () => void (await worker.terminate()) };
}

describe.each(testDatabases())('POST /api/imports checks the bytes at the door on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  let token: string;
  let uploadRoot: string;

  beforeAll(async () => {
    database = await factory.create();
    uploadRoot = await mkdtemp(join(tmpdir(), 'mintq-limits-e2e-'));
    server = await startTestServer(database, { MINTQ_UPLOAD_DIR: uploadRoot });
    const user = await createTestUser(database.db, { email: 'lead@limits.example', role: 'project_lead' });
    token = await server.login(user.email, user.password);
  });
  afterAll(async () => {
    await server?.close();
    await rm(uploadRoot, { recursive: true, force: true });
  });

  /** Uploads while asking /healthz every 20 ms, which must answer within HEALTH_MS throughout. */
  async function whileHealthChecked(upload: Upload): Promise<Answer> {
    const { answer } = uploadFrom(server, token, upload);
    let running = true;
    let slowest = 0;
    const probe = (async () => {
      while (running) {
        const asked = performance.now();
        const health = await fetch(`${server.base}/healthz`);
        await health.arrayBuffer();
        expect(health.status).toBe(200);
        slowest = Math.max(slowest, performance.now() - asked);
        await sleep(20);
      }
    })();
    try {
      return await answer;
    } finally {
      running = false;
      await probe;
      expect(slowest).toBeLessThan(HEALTH_MS);
    }
  }

  /** A 422 answered in time whose errors are exactly these; nothing was written. */
  async function expectRefused(answer: Answer, errors: string[]) {
    expect(answer.status).toBe(422);
    expect((JSON.parse(answer.text) as ReportBody).errors).toEqual(errors);
    expect(answer.ms).toBeLessThan(ANSWER_MS);
    expect(Object.values(await countRows(database.db)).every((n) => n === 0)).toBe(true);
    expect(await readdir(uploadRoot)).toEqual([]);
  }

  it('refuses a byte that is no UTF-8, naming its line and column', async () => {
    const participants = Buffer.concat([
      Buffer.from(`${PARTICIPANTS}p1,mint-ostalb,Anna Schmidt,\n`),
      Buffer.from('p2,mint-ostalb,Jörg Müller,\n', 'latin1'),
    ]);
    const answer = await whileHealthChecked({
      files: { 'networks.csv': [NETWORKS], 'participants.csv': participants },
    });
    await expectRefused(answer, [`participants.csv:3: display_name: ${NOT_UTF8.message}`]);
  });

  it('refuses values beyond their length and quotes only their start, in a short answer', async () => {
    const answer = await whileHealthChecked({
      files: {
        'networks.csv': [NETWORKS],
        'participants.csv': [
          PARTICIPANTS,
          'p1,mint-ostalb,',
          { text: 'M', times: TEXT_MAX_CHARS.name + 1 },
          ',\np2,"',
          { text: 'k ', times: 400_000 },
          '",,\np3,mint-ostalb,',
          { text: 'y', times: 10 * MIB },
          ',\n',
        ],
      },
    });
    await expectRefused(answer, [
      `participants.csv:2: display_name: "${'M'.repeat(40)}…" is longer than 200 characters (201)`,
      `participants.csv:3: network_key: "${'k '.repeat(20)}…" is longer than 64 characters (${800_000 - 1})`,
      'participants.csv:4: -: a record is longer than 1 MiB (a quote that is never closed?)',
    ]);
    expect(answer.text.length).toBeLessThan(4096);
  });

  it('stops at a first line without end within the upload limit', async () => {
    const answer = await whileHealthChecked({
      streamed: { name: 'programs.csv', head: '', repeat: 'x'.repeat(MIB), bytes: 40 * MIB },
    });
    await expectRefused(answer, [
      'programs.csv:1: -: the header line is longer than 64 KiB (no line end: is this a CSV file?)',
    ]);
  });

  it('cuts off 200 MB of one streamed line at the upload limit', async () => {
    const answer = await whileHealthChecked({
      streamed: { name: 'programs.csv', head: '', repeat: 'x'.repeat(MIB), bytes: 200 * MIB },
    });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain(`at most ${UPLOAD_LIMITS.maxBytes / MIB} MiB`);
    expect(answer.ms).toBeLessThan(ANSWER_MS);
    expect(answer.sent).toBeLessThan(200 * MIB);
  });

  it('stops at a line of 450 MiB inside a small zip', async () => {
    const zip = await oneLineZip('programs.csv', 450 * MIB);
    expect(zip.length).toBeLessThan(MIB);
    const answer = await whileHealthChecked({ files: { 'bundle.zip': zip } });
    await expectRefused(answer, [
      'programs.csv:1: -: the header line is longer than 64 KiB (no line end: is this a CSV file?)',
    ]);
  });

  it('quotes at most an excerpt of a GraphQL argument in its error', async () => {
    const cohort = 'c'.repeat(60_000);
    const { body } = await server.graphql(
      'query R($cohorts: [String!]) { reach(scope: { cohorts: $cohorts }) { multipliers } }',
      {
        token,
        variables: { cohorts: [cohort] },
      },
    );
    expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', `unknown cohort(s): ${'c'.repeat(40)}…`],
    ]);
  });
});

/**
 * 40 MiB of rows whose keys are invalid: seconds of reading, with nothing kept in memory
 * (every row is refused, and only the first 1000 problems are kept).
 */
const SLOW_PARTICIPANTS: Upload = {
  streamed: {
    name: 'participants.csv',
    head: PARTICIPANTS,
    repeat: Array.from({ length: 4096 }, (_, i) => `p ${i},mint-ostalb,,\n`).join(''),
    bytes: 40 * MIB,
  },
};

// Each test starts a server with settings of its own; closing a server closes its database.
describe.each(testDatabases())('an upload import that runs long on $kind', (factory) => {
  let database: Database;
  let server: TestServer | undefined;
  let uploadRoot: string;

  beforeAll(async () => {
    uploadRoot = await mkdtemp(join(tmpdir(), 'mintq-long-e2e-'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    await rm(uploadRoot, { recursive: true, force: true });
  });

  async function start(env: Record<string, string> = {}) {
    database = await factory.create();
    server = await startTestServer(database, { MINTQ_UPLOAD_DIR: uploadRoot, ...env });
    const user = await createTestUser(database.db, { email: 'lead@long.example', role: 'project_lead' });
    return { server, token: await server.login(user.email, user.password) };
  }

  it('rolls back after MINTQ_IMPORT_TIME_LIMIT_SECONDS with a clear error', async () => {
    const { server, token } = await start({ MINTQ_IMPORT_TIME_LIMIT_SECONDS: '0.3' });
    const answer = await uploadFrom(server, token, SLOW_PARTICIPANTS).answer;
    expect(answer.status).toBe(422);
    expect((JSON.parse(answer.text) as ReportBody).errors).toEqual([
      '-:0: -: the import took longer than its time limit of 0.3 s; nothing was written',
    ]);
    expect(Object.values(await countRows(database.db)).every((n) => n === 0)).toBe(true);
  });

  it('stops when the client goes away, and records why', async () => {
    const { server, token } = await start();
    const client = uploadFrom(server, token, SLOW_PARTICIPANTS);
    client.answer.catch(() => {});
    // The client leaves once the whole file has arrived, while the importer reads it.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const [folder] = await readdir(uploadRoot);
      const file = folder ? await stat(join(uploadRoot, folder, 'participants.csv')).catch(() => null) : null;
      if (file && file.size > 40 * MIB) break;
      await sleep(20);
    }
    await sleep(100);
    await client.leave();
    const leftAt = Date.now();
    const stopped = ['-:0: -: the client went away before the import ended; nothing was written'];
    const batches = () =>
      database.db.selectFrom('import_batches').select(['outcome', 'errors']).orderBy('id').execute();
    while ((await batches()).length === 0 && Date.now() - leftAt < ANSWER_MS) await sleep(50);
    expect((await batches()).at(-1)).toEqual({ outcome: 'rejected', errors: stopped });
    // The rejection is recorded before the request's folder is removed: give it that moment.
    while ((await readdir(uploadRoot)).length > 0 && Date.now() - leftAt < ANSWER_MS) await sleep(50);
    expect(await readdir(uploadRoot)).toEqual([]);
  });
});
