import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isProcessRunning } from '../common/process-running.js';

/**
 * One owner per embedded database folder. PGlite keeps the database in the memory of the
 * process that opened it and writes the folder back as it goes: a second process on the same
 * folder works on a stale copy, and whichever writes last destroys the other's work (seen:
 * an import beside a running `serve` vanished, and the folder no longer opened). Every mintq
 * command that opens the folder therefore owns it exclusively through `mintq.lock`.
 */
export const LOCK_FILE = 'mintq.lock';
const TAKEOVER_DIR = 'mintq.lock.takeover';
/** A takeover left behind by a process killed in the middle of it is old after this long. */
const TAKEOVER_STALE_MS = 10_000;

/** What the lock file says about its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
  /** Where a running `serve` answers, once it listens. */
  url?: string;
}

/** The folder is in use by another running mintq process. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const what = owner.command === 'serve' ? 'mintq serve' : `mintq ${owner.command}`;
    const where = owner.url ? ` at ${owner.url}` : '';
    super(
      `The embedded database in ${dataDir} is in use by ${what} (process ${owner.pid} on ${owner.host}${where}, since ${owner.since}).\n` +
        (owner.command === 'serve'
          ? 'While it runs, import, add users and generate reports through it (the dashboard or its HTTP API), or stop it first.'
          : 'Wait until it has finished, or stop it first.') +
        (owner.host === hostname()
          ? ''
          : `\nIf no such process runs on ${owner.host} any more, remove ${join(dataDir, LOCK_FILE)} by hand (this machine cannot see that machine's processes).`),
    );
    this.name = 'DataDirBusyError';
  }
}

export interface DataDirLock {
  readonly owner: LockOwner;
  /** Records where `serve` listens, so that the busy message can name it. */
  describe(url: string): void;
  release(): void;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    // Gone, or half written by a process killed while writing it: nobody can own it.
    return undefined;
  }
}

/** A file being written by its owner right now is unreadable for a moment; one this old is not. */
const UNREADABLE_STALE_MS = 2_000;

/**
 * A lock nobody holds any more: its process ended (on this machine), or it has been unreadable
 * for too long to be one being written.
 */
function isStale(path: string, owner: LockOwner | undefined): boolean {
  if (owner) return owner.host === hostname() && !isProcessRunning(owner.pid);
  const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  return modified === undefined || Date.now() - modified > UNREADABLE_STALE_MS;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the folder's lock for this process, or throws `DataDirBusyError` naming the process
 * that holds it. A lock whose process no longer runs is taken over; two processes taking over
 * the same stale lock at once are serialised by an atomic `mkdir`, so only one of them wins.
 */
export async function acquireDataDirLock(dataDir: string, command: string): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(owner), { flag: 'wx' });
      return lockFor(path, owner);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(path);
    if (current && !isStale(path, current)) throw new DataDirBusyError(dataDir, current);
    if (isStale(path, current)) takeOverStale(dataDir, path, current);
    await pause(50);
  }
  throw new Error(`could not take the lock ${path}: other processes keep taking it over`);
}

function takeOverStale(dataDir: string, path: string, judged: LockOwner | undefined) {
  const takeover = join(dataDir, TAKEOVER_DIR);
  try {
    mkdirSync(takeover);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is taking over right now, or was killed while doing it.
    const age = Date.now() - (statSync(takeover, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_STALE_MS) rmSync(takeover, { recursive: true, force: true });
    return;
  }
  try {
    // Still the lock judged stale (not one a faster process has taken meanwhile)?
    if (JSON.stringify(readOwner(path)) === JSON.stringify(judged)) {
      renameSync(path, `${path}.stale`);
      rmSync(`${path}.stale`, { force: true });
    }
  } finally {
    rmdirSync(takeover);
  }
}

function lockFor(path: string, owner: LockOwner): DataDirLock {
  let held = true;
  const lock: DataDirLock = {
    owner,
    describe(url) {
      if (!held) return;
      owner.url = url;
      writeFileSync(path, JSON.stringify(owner));
    },
    release() {
      if (!held) return;
      held = false;
      process.off('exit', lock.release);
      // Only our own lock: never one another process has taken over after judging ours stale.
      if (readOwner(path)?.pid === owner.pid) rmSync(path, { force: true });
    },
  };
  // Whatever way the process ends normally, the lock goes with it (a kill leaves it stale).
  process.on('exit', lock.release);
  return lock;
}
