import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** One file of a bundle, opened as a stream as often as needed. */
export interface BundleFile {
  name: string;
  open(): Promise<Readable>;
}

/** The files of a bundle: a folder, a `.zip` of one, or files held in memory (uploads, demo data). */
export interface BundleSource {
  description: string;
  files: BundleFile[];
  close(): Promise<void>;
}

export class BundleSourceError extends Error {}

/** Opens a folder or a `.zip` file as a bundle. */
export async function openBundleSource(path: string): Promise<BundleSource> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new BundleSourceError(`${path}: no such file or folder`);
  if (info.isDirectory()) return openFolder(path);
  if (path.toLowerCase().endsWith('.zip')) return openZip(path);
  throw new BundleSourceError(`${path}: a bundle is a folder or a .zip file`);
}

async function openFolder(dir: string): Promise<BundleSource> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, open: async () => createReadStream(join(dir, e.name)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { description: dir, files, close: async () => {} };
}

/** Folders, macOS resource forks and hidden files in a .zip are no part of the bundle. */
function isOutsideBundle(entryPath: string): boolean {
  return entryPath.endsWith('/') || entryPath.includes('__MACOSX/') || basename(entryPath).startsWith('.');
}

function openZip(path: string): Promise<BundleSource> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) {
        reject(
          new BundleSourceError(`${path}: not a readable .zip file (${error?.message ?? 'unknown error'})`),
        );
        return;
      }
      const files: BundleFile[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!isOutsideBundle(entry.fileName)) {
          files.push({
            name: basename(entry.fileName),
            open: () =>
              new Promise<Readable>((res, rej) =>
                zip.openReadStream(entry, (err, stream) => (err || !stream ? rej(err) : res(stream))),
              ),
          });
        }
        zip.readEntry();
      });
      zip.on('end', () =>
        resolve({
          description: path,
          files: files.sort((a, b) => a.name.localeCompare(b.name)),
          close: async () => zip.close(),
        }),
      );
      zip.on('error', (err: Error) => reject(new BundleSourceError(`${path}: ${err.message}`)));
      zip.readEntry();
    });
  });
}

/** A bundle from files in memory, e.g. an upload or the generated demo data. */
export function memoryBundleSource(
  description: string,
  files: ReadonlyMap<string, string | Buffer>,
): BundleSource {
  return {
    description,
    files: [...files.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, content]) => ({ name, open: async () => Readable.from([Buffer.from(content)]) })),
    close: async () => {},
  };
}

/** Fingerprint of a file's bytes, kept with the import batch. */
export function sha256Hasher() {
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    update(chunk: Buffer) {
      hash.update(chunk);
      bytes += chunk.length;
    },
    finish: () => ({ sha256: hash.digest('hex'), bytes }),
  };
}
