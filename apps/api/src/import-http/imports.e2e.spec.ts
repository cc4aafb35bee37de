import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportFormatFile } from '@mintq/contract';
import { BUNDLE_SPECS, ENTITY_ORDER, type EntityName, type FileSpec, fileHeader } from '@mintq/schema';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { countRows } from '../test-support/database-fingerprint.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { UPLOAD_LIMITS } from './multipart-upload.js';

interface Upload {
  name: string;
  content: string | Uint8Array;
}

interface ReportBody {
  batchId: number | null;
  dryRun: boolean;
  ok: boolean;
  inserted: Record<string, number>;
  updated: Record<string, number>;
  unchanged: Record<string, number>;
  skipped: Record<string, number>;
  errors: string[];
  problems: { file: string; line: number; column: string; message: string; code: string }[];
  files: { name: string; bytes: number }[];
  durationMs: number;
}

interface ImportFormat {
  files: ImportFormatFile[];
}

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

async function sampleFiles(): Promise<Map<string, Uint8Array>> {
  const names = (await readdir(SAMPLE_BUNDLE)).filter((n) => n.endsWith('.csv')).sort();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(SAMPLE_BUNDLE, n))] as const)),
  );
}

/** The sample bundle as a user zips it: a folder with the CSV files inside. */
async function sampleZip(extra: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of await sampleFiles()) entries[`bundle/${name}`] = content;
  return zipSync({ ...entries, ...extra });
}

/** The sample's programs, and its cohorts with a month 13 in the first 2024 date (line 2, ends_on). */
async function brokenCohorts(): Promise<{ programs: Uint8Array; cohorts: string }> {
  const files = await sampleFiles();
  const cohorts = Buffer.from(files.get('cohorts.csv') ?? '')
    .toString('utf8')
    .replace(/2024-(\d\d)-(\d\d)/, '2024-13-$2');
  return { programs: files.get('programs.csv') ?? new Uint8Array(), cohorts };
}

/** Data rows per file of the sample, counted from the text (header and blank lines aside). */
async function sampleRowCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [name, content] of await sampleFiles())
    counts.set(
      name,
      Buffer.from(content)
        .toString('utf8')
        .split(/\r?\n/)
        .filter((l) => l !== '').length - 1,
    );
  return counts;
}

describe.each(testDatabases())('POST /api/imports on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  /** This test's own MINTQ_UPLOAD_DIR: what other processes upload is none of its business. */
  let uploadRoot: string;
  const tokens: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const uploadFolders = () => readdir(uploadRoot);

  beforeAll(async () => {
    database = await factory.create();
    uploadRoot = await mkdtemp(join(tmpdir(), 'mintq-imports-e2e-'));
    server = await startTestServer(database, { MINTQ_UPLOAD_DIR: uploadRoot });
    for (const [name, role] of [
      ['admin', 'admin'],
      ['lead', 'project_lead'],
      ['analyst', 'analyst'],
    ] as const) {
      const user = await createTestUser(database.db, { email: `${name}@imports.example`, role });
      emails[name] = user.email;
      tokens[name] = await server.login(user.email, user.password);
    }
  });
  afterAll(async () => {
    await server?.close();
    await rm(uploadRoot, { recursive: true, force: true });
  });

  async function post(
    files: Upload[],
    {
      token,
      query = '',
      headers = {},
    }: { token?: string; query?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: unknown }> {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([file.content]), file.name);
    const response = await fetch(`${server.base}/api/imports${query}`, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: form,
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }

  const nothingWritten = async () =>
    expect(Object.values(await countRows(database.db)).every((n) => n === 0)).toBe(true);

  it('refuses a request without a token (401), and a form post with cookies is no sign-in', async () => {
    const zip = await sampleZip();
    const anonymous = await post([{ name: 'bundle.zip', content: zip }]);
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as ErrorBody).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const crossSite = await post([{ name: 'bundle.zip', content: zip }], {
      headers: { cookie: `token=${tokens.admin}`, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(401);
    await nothingWritten();
  });

  it('refuses analysts (403)', async () => {
    const response = await post([{ name: 'bundle.zip', content: await sampleZip() }], {
      token: tokens.analyst,
    });
    expect(response.status).toBe(403);
    expect((response.body as ErrorBody).errors[0]?.extensions.code).toBe('FORBIDDEN');
    await nothingWritten();
  });

  it('refuses what is no multipart upload, no file, or an unclear dryRun (400)', async () => {
    const json = await fetch(`${server.base}/api/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as ErrorBody).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect((await post([], { token: tokens.admin })).status).toBe(400);
    const unclear = await post([{ name: 'programs.csv', content: 'program_key,name\n' }], {
      token: tokens.admin,
      query: '?dryRun=yes',
    });
    expect(unclear.status).toBe(400);
    expect((unclear.body as ErrorBody).errors[0]?.message).toBe('dryRun must be true or false');
    await nothingWritten();
  });

  it('a dry run of the sample zip reports what would be inserted and writes nothing', async () => {
    const response = await post([{ name: 'sample.zip', content: await sampleZip() }], {
      token: tokens.lead,
      query: '?dryRun=true',
    });
    expect(response.status).toBe(200);
    const report = response.body as ReportBody;
    expect(report).toMatchObject({ ok: true, dryRun: true, batchId: null, errors: [], problems: [] });
    const rows = await sampleRowCounts();
    for (const [file, count] of rows) {
      if (file.startsWith('responses_')) continue;
      expect(report.inserted[file.replace('.csv', '')], file).toBe(count);
    }
    const responseRows = [...rows].filter(([f]) => f.startsWith('responses_')).reduce((n, [, c]) => n + c, 0);
    expect((report.inserted.responses ?? 0) + (report.skipped.responses ?? 0)).toBe(responseRows);
    expect(report.files.map((f) => f.name).sort()).toEqual([...rows.keys()]);
    await nothingWritten();
    expect(await database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });

  it('a broken CSV gives 422 with file:line: column: message problems, records the rejection, writes nothing', async () => {
    const { programs, cohorts } = await brokenCohorts();
    const response = await post(
      [
        { name: 'programs.csv', content: programs },
        { name: 'cohorts.csv', content: cohorts },
      ],
      { token: tokens.lead },
    );
    expect(response.status).toBe(422);
    const report = response.body as ReportBody;
    expect(report.ok).toBe(false);
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors).toEqual(
      report.problems.map((p) => `${p.file}:${p.line}: ${p.column}: ${p.message}`),
    );
    expect(report.problems[0]).toMatchObject({ file: 'cohorts.csv', line: expect.any(Number) });
    for (const error of report.errors) expect(error).toMatch(/^cohorts\.csv:\d+: [a-z_]+: .+/);
    await nothingWritten();
    const batch = await database.db
      .selectFrom('import_batches')
      .select(['id', 'outcome', 'actor', 'user_id', 'source'])
      .where('id', '=', report.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      outcome: 'rejected',
      actor: emails.lead,
      source: 'upload: programs.csv, cohorts.csv',
    });
  });

  it('a spreadsheet among the CSVs is refused together with the row errors of the CSVs beside it', async () => {
    const { programs, cohorts } = await brokenCohorts();
    const response = await post(
      [
        { name: 'programs.csv', content: programs },
        { name: 'teilnehmende.xlsx', content: new Uint8Array([0x50, 0x4b, 3, 4]) },
        { name: 'cohorts.csv', content: cohorts },
      ],
      { token: tokens.lead, query: '?dryRun=true' },
    );
    expect(response.status).toBe(422);
    const report = response.body as ReportBody;
    expect(report.problems.map((p) => [p.file, p.code])).toEqual([
      ['teilnehmende.xlsx', 'not_bundle_file'],
      ['cohorts.csv', 'invalid_date'],
    ]);
    expect(report.problems[1]).toMatchObject({ column: 'ends_on', line: 2 });
    expect(report.files.map((f) => f.name).sort()).toEqual(['cohorts.csv', 'programs.csv']);
    await nothingWritten();
  });

  it('describes the bundle files and columns from the bundle spec, to those who may import', async () => {
    const get = (token: string | undefined) =>
      fetch(`${server.base}/api/imports/format`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(tokens.analyst)).status).toBe(403);
    const response = await get(tokens.lead);
    expect(response.status).toBe(200);
    const { files } = (await response.json()) as ImportFormat;
    expect(files.map((f) => f.file)).toEqual(ENTITY_ORDER.map((e) => BUNDLE_SPECS[e].file));
    for (const f of files) {
      const spec: FileSpec = BUNDLE_SPECS[f.entity as EntityName];
      expect(f.columns.map((c) => c.name)).toEqual(fileHeader(spec));
      expect(f.columns.filter((c) => c.required).map((c) => c.name)).toEqual(
        spec.columns.filter((c) => c.required && c.origin === undefined).map((c) => c.name),
      );
    }
    const kind = files.find((f) => f.file === 'funders.csv')?.columns.find((c) => c.name === 'kind');
    expect(kind).toMatchObject({ kind: 'enum', values: ['program_funder', 'foundation', 'operator'] });
  });

  it('refuses path traversal, unknown files, and a zip with other files, naming each', async () => {
    const before = await stat(join(uploadRoot, 'programs.csv')).catch(() => null);
    const response = await post(
      [
        { name: '../programs.csv', content: 'program_key,name\nx,X\n' },
        { name: 'notes.txt', content: 'hello' },
        { name: 'bundle.zip', content: await sampleZip() },
        { name: 'funders.csv', content: 'funder_key,name,kind\n' },
      ],
      { token: tokens.admin, query: '?dryRun=true' },
    );
    expect(response.status).toBe(422);
    const report = response.body as ReportBody;
    expect(report.problems.map((p) => [p.file, p.message.split(' ')[0]])).toEqual([
      ['../programs.csv', 'a'],
      ['notes.txt', 'unknown'],
      ['bundle.zip', 'upload'],
    ]);
    expect(report.problems[0]?.message).toContain('path traversal');
    expect(await stat(join(uploadRoot, 'programs.csv')).catch(() => null)).toEqual(before);

    const zipped = await post(
      [{ name: 'bundle.zip', content: await sampleZip({ 'bundle/README.md': Buffer.from('read me') }) }],
      { token: tokens.admin, query: '?dryRun=true' },
    );
    expect(zipped.status).toBe(422);
    expect((zipped.body as ReportBody).errors).toEqual([
      'README.md:0: -: unknown file: a bundle holds .csv files only (import-bundle.md)',
    ]);

    const traversing = await post(
      [{ name: 'evil.zip', content: zipSync({ '../programs.csv': Buffer.from('program_key,name\n') }) }],
      { token: tokens.admin, query: '?dryRun=true' },
    );
    expect(traversing.status).toBe(422);
    expect((traversing.body as ReportBody).errors).toEqual([
      'evil.zip:0: -: not a readable .zip file (invalid relative path: ../programs.csv)',
    ]);

    const unknownCsv = await post([{ name: 'programmes.csv', content: 'program_key,name\n' }], {
      token: tokens.admin,
      query: '?dryRun=true',
    });
    expect(unknownCsv.status).toBe(422);
    expect((unknownCsv.body as ReportBody).errors[0]).toMatch(/^programmes\.csv:0: -: unknown file/);
    await nothingWritten();
  });

  it('refuses an upload beyond the limit with 413, before and while reading it', async () => {
    const oversize = Buffer.alloc(UPLOAD_LIMITS.maxBytes + 1, 0x41);
    const declared = await post([{ name: 'programs.csv', content: oversize }], { token: tokens.admin });
    expect(declared.status).toBe(413);
    expect((declared.body as ErrorBody).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');

    // Without a Content-Length the limit is found while counting the streamed bytes; the
    // client may go on sending up to four times the limit, but is cut off long before.
    const endless = 4 * UPLOAD_LIMITS.maxBytes;
    const boundary = 'mintq-test-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="programs.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent >= endless) {
          controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
          controller.close();
          return;
        }
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await fetch(`${server.base}/api/imports`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.admin}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as ErrorBody).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(sent).toBeLessThan(endless);
    await nothingWritten();
    expect(await uploadFolders()).toEqual([]);
    // The server goes on answering.
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });

  it('refuses a zip that would unpack beyond the limit with 413, before unpacking it', async () => {
    const zip = Buffer.from(zipSync({ 'programs.csv': Buffer.from('program_key,name\n') }));
    // The central directory declares each entry's unpacked size (offset 24): declare 2 GiB.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0x7fffffff, central + 24);
    const response = await post([{ name: 'bomb.zip', content: zip }], {
      token: tokens.admin,
      query: '?dryRun=true',
    });
    expect(response.status).toBe(413);
    expect((response.body as ErrorBody).errors[0]?.message).toBe(
      `A .zip bundle may unpack to at most ${UPLOAD_LIMITS.maxUnzippedBytes / 1024 / 1024} MiB`,
    );
    await nothingWritten();
  });

  it('imports the sample zip for a project lead (200), recording who imported', async () => {
    const response = await post([{ name: 'sample.zip', content: await sampleZip() }], { token: tokens.lead });
    expect(response.status).toBe(200);
    const report = response.body as ReportBody;
    expect(report).toMatchObject({ ok: true, dryRun: false, errors: [], problems: [] });
    expect(report.batchId).toEqual(expect.any(Number));
    const rows = await sampleRowCounts();
    expect((await countRows(database.db)).programs).toBe(rows.get('programs.csv'));
    expect((await countRows(database.db)).activities).toBe(rows.get('activities.csv'));
    const batch = await database.db
      .selectFrom('import_batches as b')
      .innerJoin('users as u', 'u.id', 'b.user_id')
      .select(['b.outcome', 'b.actor', 'b.source', 'u.email'])
      .where('b.id', '=', report.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({
      outcome: 'imported',
      actor: emails.lead,
      source: 'upload: sample.zip',
      email: emails.lead,
    });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('subject', '=', `import_batch:${report.batchId}`)
      .execute();
    expect(audit).toEqual([{ action: 'import.imported', actor: emails.lead }]);
    expect(await uploadFolders()).toEqual([]);
  });

  it('lists the import batches, newest first, page by page, for admins and project leads only', async () => {
    const query = `query Batches($first: Int, $after: String) {
      importBatches(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id outcome actor source startedAt finishedAt errorCount errors
          files { name bytes sha256 }
          counts { entity inserted updated unchanged deleted skipped } }
      }
    }`;
    type Page = {
      importBatches: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          id: number;
          outcome: string;
          actor: string;
          source: string;
          startedAt: string;
          errorCount: number;
          errors: string[];
          files: { name: string }[];
          counts: { entity: string; inserted: number; skipped: number }[];
        }[];
      };
    };
    const stored = await database.db
      .selectFrom('import_batches')
      .select(['id', 'outcome', 'errors'])
      .orderBy('id', 'desc')
      .execute();
    const all = await server.graphql<Page>(query, { token: tokens.admin });
    const page = all.body.data?.importBatches;
    expect(page?.totalCount).toBe(stored.length);
    expect(page?.nodes.map((n) => [n.id, n.outcome, n.errorCount])).toEqual(
      stored.map((s) => [s.id, s.outcome.toUpperCase(), s.errors.length]),
    );
    const imported = page?.nodes[0];
    expect(imported).toMatchObject({ outcome: 'IMPORTED', actor: emails.lead, source: 'upload: sample.zip' });
    expect(imported?.counts.map((c) => c.entity).slice(0, 3)).toEqual(['programs', 'funders', 'cohorts']);
    expect(imported?.counts.find((c) => c.entity === 'programs')?.inserted).toBe(
      (await sampleRowCounts()).get('programs.csv'),
    );
    expect(imported?.files).toHaveLength((await sampleRowCounts()).size);
    expect(Number.isNaN(Date.parse(imported?.startedAt ?? ''))).toBe(false);

    const first = await server.graphql<Page>(query, { token: tokens.lead, variables: { first: 1 } });
    expect(first.body.data?.importBatches.nodes.map((n) => n.id)).toEqual([stored[0]?.id]);
    expect(first.body.data?.importBatches.pageInfo.hasNextPage).toBe(true);
    const second = await server.graphql<Page>(query, {
      token: tokens.lead,
      variables: { first: 1, after: first.body.data?.importBatches.pageInfo.endCursor },
    });
    expect(second.body.data?.importBatches.nodes.map((n) => n.id)).toEqual([stored[1]?.id]);

    const denied = await server.graphql(query, { token: tokens.analyst });
    expect(denied.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(denied.body.data ?? null).toBeNull();
  });

  const distributions = `query D($instrument: String!, $wave: WaveKind, $scope: ScopeInput) {
    surveyItemDistributions(instrument: $instrument, wave: $wave, scope: $scope) {
      item dimension text n suppressed counts { value count }
    }
  }`;
  type Distribution = {
    item: string;
    dimension: string | null;
    text: string | null;
    n: number | null;
    suppressed: boolean;
    counts: { value: number; count: number | null }[];
  };

  it('item distributions equal the answers counted from the sample CSVs', async () => {
    for (const wave of ['PRE', 'FOLLOW_UP'] as const) {
      const { body } = await server.graphql<{ surveyItemDistributions: Distribution[] }>(distributions, {
        token: tokens.analyst,
        variables: { instrument: 'selbstanalyse', wave },
      });
      const expected = await countSampleAnswers('selbstanalyse', wave === 'PRE' ? 'pre' : 'follow_up');
      const got = body.data?.surveyItemDistributions ?? [];
      expect(got.map((d) => d.item)).toEqual([...expected.keys()].sort());
      for (const item of got) {
        const reference = expected.get(item.item);
        expect(item.suppressed).toBe(false);
        expect(item.n, item.item).toBe(reference?.n);
        expect(item.counts.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
        for (const { value, count } of item.counts)
          expect(count, `${item.item}=${value}`).toBe(reference?.counts.get(value) ?? 0);
      }
      expect(got[0]?.text).toBe('Aussage KO01 zu Kooperation');
    }
  });

  it('a funder sees small items and small answer counts suppressed', async () => {
    const k = 5;
    const asFunder = async (funderKey: string, cohort: string) => {
      const user = await createTestUser(database.db, {
        email: `${funderKey}@imports.example`,
        role: 'funder',
        funderKey,
      });
      const token = await server.login(user.email, user.password);
      const { body } = await server.graphql<{ surveyItemDistributions: Distribution[] }>(distributions, {
        token,
        variables: { instrument: 'selbstanalyse', wave: 'PRE', scope: { cohorts: [cohort] } },
      });
      expect(body.errors).toBeUndefined();
      return body.data?.surveyItemDistributions ?? [];
    };

    // kinder-forschen funds 2024-25 in Bremen only: fewer than k respondents per item.
    const bremen = await asFunder('kinder-forschen', '2024-25');
    const inBremen = await countSampleAnswers(
      'selbstanalyse',
      'pre',
      await sampleParticipantsIn('2024-25', 'DE-HB'),
    );
    const tiny = bremen.filter((d) => {
      const n = inBremen.get(d.item)?.n ?? 0;
      return n >= 1 && n < k;
    });
    expect(tiny.length).toBeGreaterThan(0);
    for (const item of tiny) {
      expect(item).toMatchObject({ suppressed: true, n: null });
      expect(item.counts.every((c) => c.count === null)).toBe(true);
      expect(item.dimension).not.toBeNull();
    }

    // aqtivator funds every state: items are shown, answer values given by 1 … k−1 people are not.
    const wide = await asFunder('aqtivator', '2024-25');
    const all = await countSampleAnswers('selbstanalyse', 'pre', await participantsOfCohort('2024-25'));
    let nulled = 0;
    for (const item of wide) {
      const reference = all.get(item.item);
      if (item.n !== null) expect(item.n).toBe(reference?.n);
      const counts = item.counts.map((c) => reference?.counts.get(c.value) ?? 0);
      const small = counts.map((c) => c >= 1 && c < k);
      const shown = item.counts.map((c) => c.count);
      counts.forEach((count, index) => {
        if (small[index]) expect(shown[index], `${item.item}=${index}`).toBeNull();
        else if (shown[index] !== null) expect(shown[index]).toBe(count);
      });
      // One small value alone would be n minus the others: the release hides at least one more.
      const hidden = shown.filter((c) => c === null).length;
      if (item.n !== null && small.filter(Boolean).length === 1) expect(hidden).toBeGreaterThanOrEqual(2);
      else expect(hidden).toBeGreaterThanOrEqual(small.filter(Boolean).length);
      nulled += hidden;
    }
    expect(nulled).toBeGreaterThan(0);
  });
});

/** Participants enrolled in a cohort of the sample. */
async function participantsOfCohort(cohort: string): Promise<Set<string>> {
  return new Set(
    (await readTable('enrollments.csv')).rows.filter((r) => r[1] === cohort).map((r) => r[0] ?? ''),
  );
}

interface ReferenceItemCounts {
  n: number;
  counts: Map<number, number>;
}

interface Table {
  header: string[];
  rows: string[][];
}

/** A sample CSV as plain rows: the sample quotes nothing, so a split is enough (checked). */
async function readTable(file: string): Promise<Table> {
  const text = (await readFile(join(SAMPLE_BUNDLE, file), 'utf8')).replace(/^\uFEFF/, '');
  if (text.includes('"')) throw new Error(`${file}: quoted fields; this reference reader does not read them`);
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const delimiter = (lines[0] ?? '').includes(';') ? ';' : ',';
  const [header = [], ...rows] = lines.map((line) => line.split(delimiter));
  return { header, rows };
}

function column(table: Table, ...names: string[]): number {
  return table.header.findIndex((h) => names.includes(h));
}

/**
 * Test oracle, written from import-bundle.md and DOMAIN.md without the importer or SQL: the
 * answer counts per item of the sample bundle's `instrument` in waves of kind `wave`, over
 * the latest complete response of each enrolled participant (in `participants`, when given).
 * LimeSurvey, SoSci and plain response files are read by their headings.
 */
async function countSampleAnswers(
  instrument: string,
  wave: 'pre' | 'post' | 'follow_up' | 'event',
  participants?: ReadonlySet<string>,
): Promise<Map<string, ReferenceItemCounts>> {
  const items = (await readTable('items.csv')).rows.filter((r) => r[0] === instrument).map((r) => r[1] ?? '');
  const enrolled = new Set((await readTable('enrollments.csv')).rows.map((r) => `${r[0]}|${r[1]}`));
  const waves = (await readTable('waves.csv')).rows.filter((r) => r[1] === instrument && r[3] === wave);
  const result = new Map<string, ReferenceItemCounts>(
    items.map((code) => [code, { n: 0, counts: new Map() }]),
  );

  for (const [waveKey = '', , cohort = ''] of waves) {
    const table = await readTable(`responses_${waveKey}.csv`);
    const who = column(table, 'participant_key', 'token', 'SERIAL');
    const when = column(table, 'submitted_at', 'submitdate', 'LASTDATA');
    const finished = column(table, 'FINISHED');
    const itemColumn = new Map(
      items.map((code) => [code, table.header.findIndex((h) => h === code || h.endsWith(`[${code}]`))]),
    );
    const latest = new Map<string, string[]>();
    const latestAt = new Map<string, string>();
    for (const row of table.rows) {
      const participant = row[who] ?? '';
      const submitted = (row[when] ?? '').replace('T', ' ');
      // LimeSurvey: no submitdate = incomplete; SoSci: FINISHED = 0. Anonymous rows never count.
      if (participant === '' || (finished >= 0 && row[finished] === '0')) continue;
      if (submitted === '' && table.header[when] === 'submitdate') continue;
      if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(submitted))
        throw new Error(`responses_${waveKey}.csv: timestamp ${submitted} needs an instant comparison`);
      if (!enrolled.has(`${participant}|${cohort}`)) continue;
      if (participants && !participants.has(participant)) continue;
      // Equal timestamps: the one listed last counts, hence >=.
      if (submitted >= (latestAt.get(participant) ?? '')) {
        latest.set(participant, row);
        latestAt.set(participant, submitted);
      }
    }
    for (const row of latest.values()) {
      for (const [code, index] of itemColumn) {
        const raw = index >= 0 ? (row[index] ?? '') : '';
        const value = raw === '' ? Number.NaN : Number(raw);
        // Empty and negative (SoSci's "not answered", "don't know") are no answers.
        if (Number.isNaN(value) || value < 0) continue;
        const tally = result.get(code);
        if (!tally) continue;
        tally.n += 1;
        tally.counts.set(value, (tally.counts.get(value) ?? 0) + 1);
      }
    }
  }
  return result;
}

/** Participants of the sample enrolled in `cohort` whose network lies in `state` (independently of the scope code). */
async function sampleParticipantsIn(cohort: string, state: string): Promise<Set<string>> {
  const networks = new Set(
    (await readTable('networks.csv')).rows.filter((r) => r[2] === state).map((r) => r[0] ?? ''),
  );
  const inState = new Set(
    (await readTable('participants.csv')).rows.filter((r) => networks.has(r[1] ?? '')).map((r) => r[0] ?? ''),
  );
  return new Set(
    (await readTable('enrollments.csv')).rows
      .filter((r) => r[1] === cohort && inState.has(r[0] ?? ''))
      .map((r) => r[0] ?? ''),
  );
}
