import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupError, type BackupLine } from './backup-format.js';

/** Writes the lines of a backup, gzipped, to a file that appears only once it is whole. */
export interface BackupWriter {
  /** One line: a JSON text as it is (rows come from PostgreSQL as JSON already), or a value to stringify. */
  write(line: string | BackupLine): Promise<void>;
  /** Flushes, then renames the file into place. */
  finish(): Promise<number>;
  /** Removes the partial file (after a failure). */
  abort(): Promise<void>;
}

export function createBackupWriter(file: string): BackupWriter {
  // A backup that fails halfway must not leave a file that looks like one.
  const partial = `${file}.partial-${process.pid}`;
  const gzip = createGzip();
  const output = createWriteStream(partial);
  const done = pipeline(gzip, output);
  // An early write error must not become an unhandled rejection before finish() awaits `done`.
  done.catch(() => {});
  return {
    async write(line) {
      const text = typeof line === 'string' ? line : JSON.stringify(line);
      if (!gzip.write(`${text}\n`)) await once(gzip, 'drain');
    },
    async finish() {
      gzip.end();
      await done;
      await rename(partial, file);
      return output.bytesWritten;
    },
    async abort() {
      gzip.destroy();
      await done.catch(() => {});
      await rm(partial, { force: true });
    },
  };
}

/** The lines of a backup file, parsed, in order; a line that is no JSON is a BackupError. */
export async function* readBackupLines(file: string): AsyncGenerator<BackupLine> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  // Iterating the gunzip stream throws its errors; a read error of the file is passed on to it.
  input.once('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  const parse = (text: string): BackupLine => {
    number += 1;
    try {
      return JSON.parse(text) as BackupLine;
    } catch {
      throw new BackupError(`${file}: line ${number} is not JSON: the file is damaged`);
    }
  };
  try {
    for await (const chunk of gunzip) {
      pending += decoder.write(chunk as Buffer);
      let start = 0;
      for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n', start)) {
        yield parse(pending.slice(start, newline));
        start = newline + 1;
      }
      pending = pending.slice(start);
    }
  } catch (error) {
    throw error instanceof BackupError ? error : describeReadError(file, error as Error);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  pending += decoder.end();
  if (pending !== '') yield parse(pending);
}

function describeReadError(file: string, error: Error & { code?: string }): BackupError {
  if (error.code === 'ENOENT') return new BackupError(`${file} does not exist`);
  if (error.code === 'Z_DATA_ERROR' || error.code === 'Z_BUF_ERROR')
    return new BackupError(`${file} is not a gzip file or is cut short`);
  return new BackupError(`${file} cannot be read: ${error.message}`);
}
