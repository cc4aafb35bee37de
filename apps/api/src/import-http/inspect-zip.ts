import { problemText } from '@mintq/contract';
import yauzl from 'yauzl';
import { PayloadTooLargeError } from '../errors/payload-too-large.error.js';
import type { ImportProblem } from '../import/import.types.js';
import type { UploadLimits } from './multipart-upload.js';

/**
 * Reads the directory of an uploaded `.zip` (not its contents) before the importer does: a zip
 * that unpacks beyond `limits.maxUnzippedBytes` or holds more than `limits.maxZipEntries`
 * entries is refused with 413. yauzl checks every entry's real size against the size declared
 * here while the importer reads it, so the declared sizes can be trusted.
 */
export function inspectZip(path: string, shownName: string, limits: UploadLimits): Promise<ImportProblem[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) {
        resolve([
          {
            file: shownName,
            line: 0,
            column: '-',
            ...problemText('unreadable_zip', {}, 'not a readable .zip file'),
          },
        ]);
        return;
      }
      let entries = 0;
      let unzipped = 0;
      let stopped = false;
      const stop = (result: PayloadTooLargeError | ImportProblem[]) => {
        if (stopped) return;
        stopped = true;
        zip.close();
        if (result instanceof PayloadTooLargeError) reject(result);
        else resolve(result);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        unzipped += entry.uncompressedSize;
        if (entries > limits.maxZipEntries) {
          stop(new PayloadTooLargeError(`A .zip bundle may hold at most ${limits.maxZipEntries} files`));
          return;
        }
        if (unzipped > limits.maxUnzippedBytes) {
          const mib = limits.maxUnzippedBytes / (1024 * 1024);
          stop(new PayloadTooLargeError(`A .zip bundle may unpack to at most ${mib} MiB`));
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => stop([]));
      // yauzl's messages name the entry and the fault (e.g. "invalid relative path: ../x.csv").
      zip.on('error', (err: Error) =>
        stop([
          {
            file: shownName,
            line: 0,
            column: '-',
            ...problemText(
              'unreadable_zip_entry',
              { reason: err.message },
              `not a readable .zip file (${err.message})`,
            ),
          },
        ]),
      );
      zip.readEntry();
    });
  });
}
