import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { isProcessRunning } from '../common/process-running.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';

/** `<pid>-<random>`: the process an upload folder belongs to is in its name. */
const FOLDER_NAME = /^(\d+)-[0-9a-f]+$/;

/**
 * The folders uploads pass through on their way to the importer, all under one root that
 * mintq owns (MINTQ_UPLOAD_DIR), each named after the process that made it. A folder is
 * removed when its request ends; those still there when the app shuts down are removed then;
 * and at start, the folders of processes that no longer run (killed mid-upload) are removed.
 */
@Injectable()
export class UploadFolders implements OnModuleInit, OnApplicationShutdown {
  private readonly root: string;
  private readonly open = new Set<string>();

  constructor(@Inject(MINTQ_CONFIG) config: MintqConfig) {
    this.root = config.uploadDir;
  }

  async onModuleInit(): Promise<void> {
    const names = await readdir(this.root).catch(() => []);
    await Promise.all(
      names
        .filter((name) => {
          const pid = FOLDER_NAME.exec(name)?.[1];
          return pid !== undefined && !isProcessRunning(Number(pid));
        })
        .map((name) => rm(join(this.root, name), { recursive: true, force: true })),
    );
  }

  /** A new, empty folder for one upload. */
  async create(): Promise<string> {
    await this.ensureRoot();
    const dir = join(this.root, `${process.pid}-${randomBytes(8).toString('hex')}`);
    await mkdir(dir, { mode: 0o700 });
    this.open.add(dir);
    return dir;
  }

  async remove(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
    this.open.delete(dir);
  }

  // Only this app's own folders: other apps of the same process (tests) keep theirs.
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.open].map((dir) => this.remove(dir)));
  }

  /**
   * The root is made private to mintq's user; one that is a link or another user's (someone
   * who got to a shared temp folder first) is refused rather than written into.
   */
  private async ensureRoot(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const info = await lstat(this.root);
    if (!info.isDirectory() || (process.getuid !== undefined && info.uid !== process.getuid()))
      throw new Error(`${this.root} is no folder of this user: set MINTQ_UPLOAD_DIR to one`);
  }
}
