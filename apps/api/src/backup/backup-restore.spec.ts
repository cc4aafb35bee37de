import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { ReportsService } from '../reports/reports.service.js';
import { askGoldenCases, GOLDEN_FUNDERS } from '../test-support/golden-documents.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { digestDatabase } from '../test-support/table-digests.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { readBackupLines } from './backup-file.js';
import { BackupError } from './backup-format.js';
import { restoreBackup } from './restore-backup.js';
import { restoreTargets } from './restore-targets.js';
import { writeBackup } from './write-backup.js';

const PASSWORD = 'backup-test-password';
const ADMIN: Viewer = { userId: 0, email: 'cli', role: 'ADMIN', funderId: null, funderKey: null };
const EXTRA_QUERIES = [
  '{ reports { id contentHash createdAt funder { key } } }',
  '{ importBatches { totalCount nodes { id outcome source startedAt finishedAt counts { entity inserted } } } }',
];

/** Every golden case's answer body as text (the bytes a client gets), then a few lists, as admin. */
async function answersOf(server: TestServer): Promise<string[]> {
  const tokens = new Map<string, string>();
  for (const login of ['admin', ...GOLDEN_FUNDERS])
    tokens.set(login, await server.login(`${login}@backup.example`, PASSWORD));
  const answers: string[] = [];
  for (const [name, body] of await askGoldenCases(server, tokens)) {
    expect(body.errors, name).toBeUndefined();
    answers.push(`${name}: ${JSON.stringify(body)}`);
  }
  for (const query of EXTRA_QUERIES) {
    const { body } = await server.graphql(query, { token: tokens.get('admin') });
    expect(body.errors, query).toBeUndefined();
    answers.push(JSON.stringify(body));
  }
  return answers;
}

describe.each(testDatabases())('a backup of the sample data on $kind', (source) => {
  let dir: string;
  let file: string;
  let database: Database;
  let server: TestServer;
  let digest: Record<string, string>;
  let answers: string[];
  let report: { id: string; xlsx: Uint8Array };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mintq-backup-'));
    file = join(dir, 'mintq.backup.gz');
    ({ database } = await createSampleDatabase(source));
    await createTestUser(database.db, { email: 'admin@backup.example', role: 'admin', password: PASSWORD });
    for (const funder of GOLDEN_FUNDERS)
      await createTestUser(database.db, {
        email: `${funder}@backup.example`,
        role: 'funder',
        funderKey: funder,
        password: PASSWORD,
      });
    server = await startTestServer(database);
    // A stored report with its rendered annex, and the funders' stored releases (built by the
    // funder answers below), so the backup holds every kind of table.
    const reports = server.app.get(ReportsService);
    const summary = await reports.generate(ADMIN, {
      funder: 'telekom-stiftung',
      from: '2025-01-01',
      to: '2025-12-31',
      language: 'de',
    });
    report = { id: summary.id, xlsx: (await reports.download(ADMIN, summary.id, 'xlsx')).bytes };
    answers = await answersOf(server);
    digest = await digestDatabase(database.db);
    await writeBackup(database, file);
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds a header, every table with its rows, the sequences and a closing line', async () => {
    const lines = [];
    for await (const line of readBackupLines(file)) lines.push(line);
    expect(lines[0]).toMatchObject({
      format: 'mintq-backup',
      version: 1,
      databaseKind: source.kind,
      migration: expect.stringMatching(/^\d{8}T\d{4}-/),
    });
    const tables = lines
      .filter((l) => !Array.isArray(l) && 'table' in l)
      .map((l) => (l as { table: string }).table);
    // Foreign-key order: a table after those it refers to.
    expect(tables.indexOf('participants')).toBeLessThan(tables.indexOf('enrollments'));
    expect(tables.indexOf('responses')).toBeLessThan(tables.indexOf('answers'));
    expect(tables.indexOf('funder_reports')).toBeLessThan(tables.indexOf('funder_report_files'));
    expect(tables).not.toContain('kysely_migration');
    const tableCount = Object.keys(digest).filter((k) => !k.startsWith('sequence ')).length;
    expect(lines.at(-1)).toEqual({ end: true, tables: tableCount, rows: expect.any(Number) });
    expect(lines.some((l) => !Array.isArray(l) && 'sequence' in l)).toBe(true);
  });

  describe.each(restoreTargets())('restored into $label', (target) => {
    let restored: Database;
    let restoredServer: TestServer | undefined;
    beforeAll(async () => {
      restored = await target.open();
      await restoreBackup(restored, file);
    });
    afterAll(async () => {
      // Closing the server closes its database (and removes the folder or scratch database).
      if (restoredServer) await restoredServer.close();
      else await restored?.close();
    });

    it('has every row of every table and every sequence as the source had them', async () => {
      expect(await digestDatabase(restored.db)).toEqual(digest);
    });

    it('gives every golden answer byte for byte, and the stored report annex unchanged', async () => {
      restoredServer = await startTestServer(restored);
      expect(await answersOf(restoredServer)).toEqual(answers);
      const xlsx = await restoredServer.app.get(ReportsService).download(ADMIN, report.id, 'xlsx');
      expect(Buffer.from(xlsx.bytes).equals(Buffer.from(report.xlsx))).toBe(true);
    });

    it('refuses to restore again onto what is now a database with data', async () => {
      const error = await restoreBackup(restored, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(/^the target database is not empty \(table \w+ holds rows\)/);
    });
  });
});
