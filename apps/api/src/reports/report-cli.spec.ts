import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';

const FIXTURE_DIST = fileURLToPath(new URL('./test-fixtures/', import.meta.url));

// `pnpm mintq report` on an embedded database of its own: the files land in --out.
describe('mintq report', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const output: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mintq-report-cli-'));
    env = {
      MINTQ_DATA_DIR: join(dir, 'data'),
      MINTQ_JWT_SECRET: 'cli-test-secret-cli-test-secret-0123456789',
      MINTQ_LOG_LEVEL: 'silent',
      MINTQ_REPORT_DIST: FIXTURE_DIST,
    };
    vi.stubEnv('MINTQ_REPORT_DIST', FIXTURE_DIST);
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      output.push(String(line));
    });
    expect(await runCli(['import', SAMPLE_BUNDLE], env)).toBe(0);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('writes the PDF and XLSX and prints the id and hash', async () => {
    output.length = 0;
    const out = join(dir, 'out');
    const code = await runCli(
      ['report', '--funder', 'telekom-stiftung', '--from', '2025-01-01', '--to', '2025-12-31', '--out', out],
      env,
    );
    expect(code).toBe(0);
    const text = output.join('\n');
    expect(text).toMatch(/^Report [0-9a-f-]{36}$/m);
    expect(text).toMatch(/^sha256 [0-9a-f]{64}$/m);
    expect((await readdir(out)).sort()).toEqual([
      'mintq-bericht-telekom-stiftung-2025-01-01-2025-12-31.pdf',
      'mintq-bericht-telekom-stiftung-2025-01-01-2025-12-31.xlsx',
    ]);
    const pdf = await readFile(join(out, 'mintq-bericht-telekom-stiftung-2025-01-01-2025-12-31.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await readFile(
        join(out, 'mintq-bericht-telekom-stiftung-2025-01-01-2025-12-31.xlsx'),
      )) as unknown as ArrayBuffer,
    );
    const hash = /^sha256 ([0-9a-f]{64})$/m.exec(text)?.[1];
    const cover = workbook.getWorksheet('Bericht');
    const values: unknown[] = [];
    cover?.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toContain(hash);
  });

  it('refuses an unknown funder and a missing period', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
      errors.push(String(line));
    });
    expect(
      await runCli(['report', '--funder', 'nobody', '--from', '2024-01-01', '--to', '2024-12-31'], env),
    ).toBe(1);
    expect(errors.join('\n')).toContain('unknown funder: nobody');
    expect(await runCli(['report', '--funder', 'telekom-stiftung'], env)).toBe(2);
    errors.length = 0;
    expect(
      await runCli(
        ['report', '--funder', 'telekom-stiftung', '--from', '2025-03-01', '--to', '2025-12-31'],
        env,
      ),
    ).toBe(1);
    expect(errors.join('\n')).toContain('a funder report covers one calendar year');
  });

  it('prints the privacy audit of every funder and passes', async () => {
    output.length = 0;
    expect(await runCli(['audit', '--funder', 'kinder-forschen'], env)).toBe(0);
    const text = output.join('\n');
    expect(text).toMatch(/^kinder-forschen: passed \(as of \d{4}-\d{2}-\d{2}, k = 5, /m);
    expect(text).toMatch(/^ {2}\d+ cells in \d+ objects, \d+ relations$/m);
    // Kinder forschen funds one cohort in Bremen: there are small numbers to audit.
    expect(text).toMatch(/^ {2}narrowest interval: \[0, (\d+|∞)\] for \S+$/m);
    const narrowest = /narrowest interval: \[0, (\d+|∞)\]/.exec(text)?.[1];
    expect(narrowest === '∞' || Number(narrowest) >= 5).toBe(true);
  });
});
