import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirBusyError, LOCK_FILE } from './data-dir-lock.js';

/** A pid that ran a moment ago and has ended. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 0;
}

describe('the embedded folder lock', () => {
  let dir: string;
  const lockPath = () => join(dir, LOCK_FILE);
  const owner = (pid: number) => JSON.stringify({ pid, host: hostname(), command: 'serve', since: 'then' });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mintq-lock-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is exclusive while held and free again once released', async () => {
    const lock = await acquireDataDirLock(dir, 'serve');
    await expect(acquireDataDirLock(dir, 'import')).rejects.toBeInstanceOf(DataDirBusyError);
    lock.release();
    const again = await acquireDataDirLock(dir, 'import');
    expect(JSON.parse(readFileSync(lockPath(), 'utf8')).command).toBe('import');
    again.release();
  });

  it('names a running owner and where it listens', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(
        lockPath(),
        JSON.stringify({
          pid: sleeper.pid,
          host: hostname(),
          command: 'serve',
          since: 'x',
          url: 'http://h:1/',
        }),
      );
      const error = await acquireDataDirLock(dir, 'import').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirBusyError);
      expect((error as Error).message).toContain(`mintq serve (process ${sleeper.pid}`);
      expect((error as Error).message).toContain('http://h:1/');
    } finally {
      sleeper.kill();
    }
  });

  it('takes over the lock of an ended process, once, when several try at the same time', async () => {
    writeFileSync(lockPath(), owner(await endedPid()));
    const attempts = await Promise.allSettled([0, 1, 2, 3].map(() => acquireDataDirLock(dir, 'serve')));
    const won = attempts.filter((a) => a.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(
      attempts.filter((a) => a.status === 'rejected').every((a) => a.reason instanceof DataDirBusyError),
    ).toBe(true);
    expect(JSON.parse(readFileSync(lockPath(), 'utf8')).pid).toBe(process.pid);
  });

  it('waits for a lock being written, and takes over one left unreadable', async () => {
    writeFileSync(lockPath(), '');
    // Fresh and empty: someone is writing it; it stays theirs once it holds their pid.
    setTimeout(() => writeFileSync(lockPath(), owner(process.pid)), 200);
    await expect(acquireDataDirLock(dir, 'import')).rejects.toBeInstanceOf(DataDirBusyError);
    writeFileSync(lockPath(), '{"pid":');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(), old, old);
    const lock = await acquireDataDirLock(dir, 'import');
    expect(lock.owner.pid).toBe(process.pid);
    lock.release();
  });
});
