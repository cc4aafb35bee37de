import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ImportProblemText, problemText } from '@mintq/contract';
import { excerpt } from '@mintq/schema';
import busboy from 'busboy';
import type { Request } from 'express';
import { BadRequestError } from '../errors/bad-request.error.js';
import { PayloadTooLargeError } from '../errors/payload-too-large.error.js';
import type { ImportProblem } from '../import/import.types.js';

/** What one upload to `POST /api/imports` may hold. */
export interface UploadLimits {
  /** Bytes of all uploaded files together. */
  maxBytes: number;
  /** Number of uploaded files. */
  maxFiles: number;
  /** Bytes of all files inside an uploaded `.zip`, unpacked: a small zip must not unpack into gigabytes. */
  maxUnzippedBytes: number;
  /** Number of entries inside an uploaded `.zip`. */
  maxZipEntries: number;
}

const MIB = 1024 * 1024;

/** 50 MiB of files per upload (a bundle of 100 000 responses is about 10 MiB), 500 MiB unpacked. */
export const UPLOAD_LIMITS: UploadLimits = {
  maxBytes: 50 * MIB,
  maxFiles: 100,
  maxUnzippedBytes: 500 * MIB,
  maxZipEntries: 1000,
};

/** Room for the multipart framing (boundaries, part headers) around the files in a Content-Length. */
const FRAMING_ALLOWANCE = 1 * MIB;

/** A bundle file name: no folders, no hidden files, nothing a shell or a file system reads specially. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface UploadedFile {
  /** The name the client gave, checked against SAFE_NAME. */
  name: string;
  /** Where it was written, inside the upload folder. */
  path: string;
  bytes: number;
}

export interface ReceivedUpload {
  files: UploadedFile[];
  /** Files refused by name (path traversal, unknown type, given twice), as `file:0: -: message`. */
  problems: ImportProblem[];
}

/** Why a file name is refused, or null when it may be written to the upload folder. */
export function fileNameProblem(name: string): ImportProblemText | null {
  if (name.includes('/') || name.includes('\\') || name.split(/[/\\]/).includes('..'))
    return problemText(
      'name_with_folder',
      {},
      'a file name must not contain a folder (path traversal is refused)',
    );
  if (!SAFE_NAME.test(name) || name.includes('..'))
    return problemText(
      'unsafe_name',
      {},
      'unsafe file name: use letters, digits, ".", "-" and "_" only, starting with a letter or digit',
    );
  if (!/\.(csv|zip)$/i.test(name))
    return problemText(
      'not_bundle_file',
      {},
      'unknown file: upload one .zip bundle or the bundle’s .csv files (import-bundle.md)',
    );
  return null;
}

/**
 * Streams the files of a multipart/form-data request into `dir`, never holding a file in
 * memory. Refused names are reported as problems (their bytes are read and dropped); an
 * upload beyond `limits.maxBytes` or `limits.maxFiles` throws a 413 (PayloadTooLargeError) as soon
 * as it is seen, and a request that is no multipart form a 400.
 */
export function receiveUpload(
  req: Request,
  dir: string,
  limits: UploadLimits = UPLOAD_LIMITS,
): Promise<ReceivedUpload> {
  const contentType = req.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    return Promise.reject(new BadRequestError('Upload the bundle as multipart/form-data'));
  const declared = Number(req.get('content-length'));
  // A Content-Length beyond the limit is refused before a byte is read.
  if (Number.isFinite(declared) && declared > limits.maxBytes + FRAMING_ALLOWANCE)
    return Promise.reject(tooLarge(limits));

  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Keep the client's full name, so that `../x.csv` is refused rather than quietly cut to `x.csv`.
        preservePath: true,
        defParamCharset: 'utf8',
        limits: {
          files: limits.maxFiles,
          fileSize: limits.maxBytes + 1,
          fields: 20,
          fieldSize: 1024,
          parts: limits.maxFiles + 20,
          headerPairs: 50,
        },
      });
    } catch {
      reject(new BadRequestError('The upload is not a readable multipart/form-data body'));
      return;
    }
    const files: UploadedFile[] = [];
    const problems: ImportProblem[] = [];
    const writes: Promise<void>[] = [];
    const names = new Set<string>();
    let total = 0;
    let failed = false;

    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      parser.removeAllListeners();
      parser.on('error', () => {});
      // Ends the file being received, so its write stream closes before the folder is removed.
      parser.destroy(new Error('upload refused'));
      reject(error);
    };
    const counter = (file?: UploadedFile) =>
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          total += chunk.length;
          if (file) file.bytes += chunk.length;
          if (total > limits.maxBytes) {
            fail(tooLarge(limits));
            done(new Error('upload too large'));
          } else done(null, chunk);
        },
      });

    parser.on('file', (_field, stream, info) => {
      const name = info.filename ?? '';
      // An empty file input of a form sends a part without a file name: nothing was chosen.
      const problem =
        name === ''
          ? null
          : names.has(name)
            ? problemText('uploaded_twice', {}, 'this file was uploaded twice')
            : fileNameProblem(name);
      if (name === '' || problem !== null) {
        if (problem !== null) problems.push({ file: excerpt(name), line: 0, column: '-', ...problem });
        // Refused bytes still count: the limit is on what the client sends.
        writes.push(pipeline(stream, counter(), discard()).catch(fail));
        return;
      }
      names.add(name);
      const path = join(dir, name);
      const file: UploadedFile = { name, path, bytes: 0 };
      files.push(file);
      // A file that cannot be written whole fails the upload (a 500 unless the upload itself was
      // refused first): a truncated file must never reach the importer.
      writes.push(pipeline(stream, counter(file), createWriteStream(path, { flags: 'wx' })).catch(fail));
    });
    parser.on('filesLimit', () =>
      fail(new PayloadTooLargeError(`At most ${limits.maxFiles} files per upload`)),
    );
    parser.on('partsLimit', () => fail(new PayloadTooLargeError('Too many parts in the upload')));
    parser.on('fieldsLimit', () => fail(new PayloadTooLargeError('Too many form fields in the upload')));
    parser.on('field', () => {});
    parser.on('error', () =>
      fail(new BadRequestError('The upload is not a readable multipart/form-data body')),
    );
    parser.on('close', () => {
      void Promise.all(writes).then(() => {
        if (failed) return;
        if (files.length === 0 && problems.length === 0)
          reject(new BadRequestError('The upload holds no file: add a .zip bundle or .csv files'));
        else resolve({ files, problems });
      });
    });
    // A client that goes away mid-upload: without these listeners the request's error would be unhandled.
    req.on('aborted', () => fail(new BadRequestError('The upload was aborted')));
    req.on('error', () => fail(new BadRequestError('The upload was aborted')));
    req.pipe(parser);
  });
}

function tooLarge(limits: UploadLimits): PayloadTooLargeError {
  return new PayloadTooLargeError(`An upload may hold at most ${limits.maxBytes / MIB} MiB of files`);
}

function discard() {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}
