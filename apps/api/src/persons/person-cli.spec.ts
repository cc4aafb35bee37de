import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { captureOutput, readDatabaseOf } from '../test-support/cli-test-support.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import type { PersonExport } from './person-export.js';

// `pnpm mintq person export|erase` on an embedded database of its own (stdin is no terminal here).
describe('mintq person', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const key = 'P0002';
  const participants = () =>
    readDatabaseOf(env, ({ db }) =>
      db.selectFrom('participants').select('key').where('key', '=', key).execute(),
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mintq-person-cli-'));
    env = { MINTQ_DATA_DIR: dir, MINTQ_LOG_LEVEL: 'silent' };
    captureOutput();
    expect(await runCli(['import', SAMPLE_BUNDLE], env)).toBe(0);
    vi.restoreAllMocks();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('export prints the person’s data as JSON', async () => {
    const { out } = captureOutput();
    expect(await runCli(['person', 'export', key], env)).toBe(0);
    const exported = JSON.parse(out.join('\n')) as PersonExport;
    expect(exported.format).toBe('mintq-person-export');
    expect(exported.participant.key).toBe(key);
    expect(exported.activities.length).toBeGreaterThan(0);
  });

  it('erase without a terminal to ask on wants --yes, and erases nothing', async () => {
    const { err } = captureOutput();
    expect(await runCli(['person', 'erase', key], env)).toBe(1);
    expect(err).toEqual(['Nothing was erased: confirm with --yes (there is no terminal to ask on).']);
    expect(await participants()).toHaveLength(1);
  });

  it('erase --yes erases, says what went, and the key is then unknown', async () => {
    const { out, err } = captureOutput();
    expect(await runCli(['person', 'erase', key, '--yes'], env)).toBe(0);
    expect(out[0]).toMatch(
      /^Erased P0002 \(Lukas Werner, [^)]+\): 1 roster row, \d+ enrollments?, \d+ survey responses? with \d+ answers?, \d+ goals? with \d+ check-ins?, \d+ activit(y|ies) reaching \d+ initiatives?\.$/,
    );
    expect(out[1]).toMatch(/^Recorded as erasure 1, with import batch \d+: funder figures are built again/);
    expect(await participants()).toEqual([]);
    expect(await runCli(['person', 'export', key], env)).toBe(1);
    expect(err).toEqual(['no participant with the key "P0002"']);
  });

  it('wants export or erase and one key (exit 2)', async () => {
    const { err } = captureOutput();
    expect(await runCli(['person'], env)).toBe(2);
    expect(await runCli(['person', 'delete', key], env)).toBe(2);
    expect(await runCli(['person', 'export', key, 'P0003'], env)).toBe(2);
    expect(err).toEqual(
      Array(3).fill('Usage: pnpm mintq person export <key> | pnpm mintq person erase <key> [--yes]'),
    );
  });
});
