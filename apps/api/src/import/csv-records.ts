import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sha256Hasher } from './bundle-source.js';

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
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Streams a CSV file: detects the delimiter from the header line, drops a byte-order mark,
 * yields records with their line numbers and returns the file's sha256 at the end.
 * Rows with the wrong number of fields are yielded as they are: the caller reports them.
 */
export async function openCsv(stream: Readable): Promise<CsvFile | null> {
  const hasher = sha256Hasher();
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headText = '';
  // Read until the header line is complete (or the file ends).
  while (!headText.includes('\n')) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    hasher.update(chunk);
    head.push(chunk);
    headText += chunk.toString('utf8');
  }
  const firstLine = (headText.split('\n')[0] ?? '').replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (firstLine.trim() === '') return null;
  const delimiter = detectDelimiter(firstLine);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });

  async function feed() {
    try {
      for (const chunk of head) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      while (true) {
        const next = await iterator.next();
        if (next.done) break;
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        hasher.update(chunk);
        if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  }
  void feed();

  const parsed = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  const first = await nextRecord(parsed);
  if (first.done) return null;
  const header = first.value.record.map((h) => h.trim());

  async function* records(): AsyncGenerator<CsvRecord, { sha256: string; bytes: number }> {
    while (true) {
      const next = await nextRecord(parsed);
      if (next.done) break;
      yield { line: next.value.info.lines, values: next.value.record };
    }
    return hasher.finish();
  }
  return { delimiter, header, records: records() };
}

async function nextRecord<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
  try {
    return await iterator.next();
  } catch (error) {
    const err = error as { code?: string; lines?: number; message?: string };
    const line = typeof err.lines === 'number' ? err.lines : 0;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CsvSyntaxError(
        line,
        'a quoted field is not closed before the end of the file (truncated file?)',
      );
    }
    throw new CsvSyntaxError(line, `unreadable CSV (${err.code ?? err.message ?? 'parse error'})`);
  }
}
