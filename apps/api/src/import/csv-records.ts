import type { Readable } from 'node:stream';
import { type ImportProblemParams, type ImportProblemText, problemText } from '@mintq/contract';
import { excerpt } from '@mintq/schema';
import { type Parser, parse } from 'csv-parse';
import { sha256Hasher } from './bundle-source.js';
import { NOT_UTF8, Utf8Check } from './utf8-check.js';

export interface CsvRecord {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvFile {
  delimiter: ',' | ';';
  header: string[];
  records: AsyncGenerator<CsvRecord, { sha256: string; bytes: number }>;
  /** Stops reading the file (the records' end does too). */
  close(): void;
}

/** Counts `,` and `;` outside quotes in the header line: German Excel writes `;`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export class CsvSyntaxError extends Error {
  readonly code: string;
  readonly params: ImportProblemParams;

  constructor(
    readonly line: number,
    problem: ImportProblemText,
    /** The column the problem is in, when one is: a field that is no UTF-8. */
    readonly column = '-',
  ) {
    super(problem.message);
    this.code = problem.code;
    this.params = problem.params;
  }

  /** Its code, values and text as one problem (an Error's message is no own field to spread). */
  get problem(): ImportProblemText {
    return { code: this.code, params: this.params, message: this.message };
  }
}

const KIB = 1024;

/**
 * The longest header line: a header names columns, and 64 KiB name thousands. Without a line
 * end by then the file is no CSV (or one line of data), and reading on would only cost time.
 */
export const MAX_HEADER_LINE_BYTES = 64 * KIB;

/** The longest record: 1 MiB holds every column at its longest many times over. */
export const MAX_RECORD_BYTES = 1024 * KIB;

/**
 * Streams a CSV file: checks it is UTF-8, detects the delimiter from the header line, drops a
 * byte-order mark, yields records with their line numbers and returns the file's sha256 at
 * the end. Rows with the wrong number of fields are yielded as they are: the caller reports
 * them. A header line or record beyond its limit, bytes that are no UTF-8 and broken quoting
 * throw a CsvSyntaxError; an aborted `signal` throws its reason. `close()` stops reading.
 */
export async function openCsv(stream: Readable, signal?: AbortSignal): Promise<CsvFile | null> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // An abort ends the wait for bytes that may never come (a stalled upload).
  const stopWaiting = () => stream.destroy();
  signal?.addEventListener('abort', stopWaiting, { once: true });
  let head: HeaderLine;
  try {
    head = await readHeaderLine(iterator);
    signal?.throwIfAborted();
  } catch (error) {
    stream.destroy();
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopWaiting);
  }
  const firstLine = head.firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (firstLine.trim() === '') {
    stream.destroy();
    return null;
  }
  const delimiter = detectDelimiter(firstLine);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  const hasher = sha256Hasher();
  const utf8 = new Utf8Check();
  let closed = false;
  const close = (reason?: unknown) => {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', onAbort);
    stream.destroy();
    parser.destroy(reason as Error | undefined);
  };
  // Also while waiting for bytes that may never come (a stalled upload, a slow disk).
  const onAbort = () => close(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  async function feed() {
    const take = async (chunk: Buffer) => {
      hasher.update(chunk);
      utf8.push(chunk);
      if (!parser.write(chunk)) await drained(parser);
    };
    try {
      for (const chunk of head.chunks) await take(chunk);
      while (!closed) {
        const next = await iterator.next();
        if (next.done) break;
        await take(toBuffer(next.value));
      }
      if (closed) return;
      utf8.end();
      parser.end();
    } catch (error) {
      close(signal?.aborted ? signal.reason : error);
    }
  }
  void feed();

  const parsed = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  let lastLine = 1;
  /** The next record, or a CsvSyntaxError when it holds a byte that is no UTF-8. */
  const nextChecked = async (header?: string[]): Promise<IteratorResult<ParsedRecord>> => {
    const next = await nextRecord(parsed, signal);
    if (!next.done) lastLine = next.value.info.lines;
    if (utf8.invalidFrom === null) return next;
    if (next.done) throw new CsvSyntaxError(lastLine, NOT_UTF8);
    const { record, info } = next.value;
    const index = info.bytes > utf8.invalidFrom ? record.findIndex((v) => v.includes('\uFFFD')) : -1;
    if (index !== -1)
      throw new CsvSyntaxError(info.lines, NOT_UTF8, header ? excerpt(header[index] ?? '-') : '-');
    return next;
  };
  let first: IteratorResult<ParsedRecord>;
  try {
    first = await nextChecked();
  } catch (error) {
    close();
    throw error;
  }
  if (first.done) {
    close();
    return null;
  }
  const header = first.value.record.map((h) => h.trim());

  async function* records(): AsyncGenerator<CsvRecord, { sha256: string; bytes: number }> {
    try {
      while (true) {
        const next = await nextChecked(header);
        if (next.done) break;
        yield { line: next.value.info.lines, values: next.value.record };
      }
      return hasher.finish();
    } finally {
      close();
    }
  }
  return { delimiter, header, records: records(), close };
}

interface HeaderLine {
  /** The chunks read so far: the header line and maybe more. */
  chunks: Buffer[];
  firstLine: string;
}

/**
 * Reads until the header line ends (or the file does), searching each new chunk only for the
 * line end: searching all that was read again for every chunk took minutes on one long line.
 */
async function readHeaderLine(iterator: AsyncIterator<Buffer>): Promise<HeaderLine> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let lineEnd = -1;
  while (lineEnd === -1) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = toBuffer(next.value);
    const at = chunk.indexOf(0x0a);
    if (at !== -1) lineEnd = bytes + at;
    chunks.push(chunk);
    bytes += chunk.length;
    if ((lineEnd === -1 ? bytes : lineEnd) > MAX_HEADER_LINE_BYTES) {
      throw new CsvSyntaxError(
        1,
        problemText(
          'header_too_long',
          { max: MAX_HEADER_LINE_BYTES / KIB },
          `the header line is longer than ${MAX_HEADER_LINE_BYTES / KIB} KiB (no line end: is this a CSV file?)`,
        ),
      );
    }
  }
  return { chunks, firstLine: Buffer.concat(chunks, lineEnd === -1 ? bytes : lineEnd).toString('utf8') };
}

interface ParsedRecord {
  record: string[];
  info: { lines: number; bytes: number };
}

function toBuffer(value: Buffer | Uint8Array | string): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value);
}

/** Resolves when the parser takes more bytes, or is closed. */
function drained(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

async function nextRecord<T>(iterator: AsyncIterator<T>, signal?: AbortSignal): Promise<IteratorResult<T>> {
  try {
    return await iterator.next();
  } catch (error) {
    signal?.throwIfAborted();
    const err = error as { code?: string; lines?: number; message?: string };
    const line = typeof err.lines === 'number' ? err.lines : 0;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CsvSyntaxError(
        line,
        problemText(
          'quote_not_closed',
          {},
          'a quoted field is not closed before the end of the file (truncated file?)',
        ),
      );
    }
    if (err.code === 'CSV_MAX_RECORD_SIZE') {
      throw new CsvSyntaxError(
        line,
        problemText(
          'record_too_long',
          { max: MAX_RECORD_BYTES / KIB / KIB },
          `a record is longer than ${MAX_RECORD_BYTES / KIB / KIB} MiB (a quote that is never closed?)`,
        ),
      );
    }
    const reason = err.code ?? err.message ?? 'parse error';
    throw new CsvSyntaxError(line, problemText('unreadable_csv', { reason }, `unreadable CSV (${reason})`));
  }
}
