import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer } from '../test-support/test-server.js';
import { UploadFolders } from './upload-folders.js';

/** The id of a process that ran a moment ago and has ended. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid as number;
}

/** Waits up to `ms` for `done`; true when it came. */
async function within(ms: number, done: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(20);
  }
  return done();
}

// Each test starts a server of its own, and closing a server closes its database.
describe.each(testDatabases())('upload folders on $kind', (factory) => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mintq-upload-root-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('at start, removes the folders of processes that no longer run, and only those', async () => {
    const gone = `${await endedPid()}-00ff00ff`;
    const running = `${process.pid}-abcdabcd`;
    for (const folder of [gone, running]) {
      await mkdir(join(root, folder));
      await writeFile(join(root, folder, 'programs.csv'), 'program_key,name\n');
    }
    await writeFile(join(root, 'README'), 'not an upload folder');
    const server = await startTestServer(await factory.create(), { MINTQ_UPLOAD_DIR: root });
    try {
      expect((await readdir(root)).sort()).toEqual(['README', running].sort());
    } finally {
      await server.close();
      await rm(join(root, running), { recursive: true });
      await rm(join(root, 'README'));
    }
  });

  it('removes the folder of an upload whose client goes away', async () => {
    const database = await factory.create();
    const server = await startTestServer(database, { MINTQ_UPLOAD_DIR: root });
    try {
      const user = await createTestUser(database.db, { email: 'admin@folders.example', role: 'admin' });
      const token = await server.login(user.email, user.password);
      // An upload whose client sends the head of a file, then nothing more, then leaves.
      const client = new AbortController();
      const boundary = 'mintq-folders-boundary';
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="programs.csv"\r\n\r\nprogram_key,name\n`,
            ),
          );
        },
      });
      const request = fetch(`${server.base}/api/imports`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
        signal: client.signal,
      } as RequestInit).catch(() => null);
      expect(await within(5000, async () => (await readdir(root)).length === 1)).toBe(true);
      client.abort();
      await request;
      expect(await within(2000, async () => (await readdir(root)).length === 0)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('removes the folders still open when the app shuts down', async () => {
    const server = await startTestServer(await factory.create(), { MINTQ_UPLOAD_DIR: root });
    // As an upload the shutdown cut off leaves its folder: made, written, never removed.
    const dir = await server.app.get(UploadFolders).create();
    await writeFile(join(dir, 'programs.csv'), 'program_key,name\n');
    expect(await readdir(root)).toHaveLength(1);
    await server.close();
    expect(await readdir(root)).toEqual([]);
  });
});
