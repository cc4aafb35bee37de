/** A parsed CSV file: its header and rows keyed by header (empty field → ''). */
export interface CsvFile {
  delimiter: ',' | ';';
  header: string[];
  rows: Record<string, string>[];
}

/** Test-only RFC 4180 reader: optional BOM, `,` or `;` detected from the header line. */
export function readCsv(text: string): CsvFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const records = parseRecords(body, delimiter);
  const [header = [], ...rest] = records;
  const rows = rest
    .filter((record) => !(record.length === 1 && record[0] === ''))
    .map((record, index) => {
      if (record.length !== header.length) {
        throw new Error(`line ${index + 2}: ${record.length} fields, header has ${header.length}`);
      }
      return Object.fromEntries(header.map((name, i) => [name, record[i] ?? '']));
    });
  return { delimiter, header, rows };
}

function count(text: string, char: string): number {
  let n = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) n += 1;
  }
  return n;
}

function parseRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
