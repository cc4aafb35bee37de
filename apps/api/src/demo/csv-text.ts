/** Building CSV text (RFC 4180 quoting) fast, with arrays and join. */
import { BUNDLE_SPECS, type ColumnName, type EntityName, fileHeader, keyListSeparator } from '@mintq/schema';

export type Cell = string | number | null | undefined;

export interface CsvStyle {
  /** `,` (default) or `;` as German Excel writes it. */
  delimiter?: ',' | ';';
  /** Prefix a UTF-8 byte-order mark. */
  bom?: boolean;
  /** Line ending; `\n` by default, `\r\n` as Excel writes it. */
  eol?: '\n' | '\r\n';
}

const NEEDS_QUOTES = /[",;\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Accumulates rows and renders the file text. */
export class CsvBuilder {
  private readonly lines: string[] = [];
  private readonly delimiter: string;

  constructor(
    readonly header: readonly string[],
    private readonly style: CsvStyle = {},
  ) {
    this.delimiter = style.delimiter ?? ',';
    this.lines.push(header.map(csvCell).join(this.delimiter));
  }

  row(cells: readonly Cell[]): void {
    if (cells.length !== this.header.length) {
      throw new Error(`row has ${cells.length} cells, header has ${this.header.length}`);
    }
    const out = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) out[i] = csvCell(cells[i]);
    this.lines.push(out.join(this.delimiter));
  }

  get rowCount(): number {
    return this.lines.length - 1;
  }

  toString(): string {
    const eol = this.style.eol ?? '\n';
    return `${this.style.bom ? '\uFEFF' : ''}${this.lines.join(eol)}${eol}`;
  }
}

/** Entities with a file of fixed columns (a response file has a column per item). */
export type FileEntity = Exclude<EntityName, 'responses'>;

/** A row of an entity's file by heading: a key list as an array, an absent cell empty. */
export type EntityRow<E extends FileEntity> = { readonly [C in ColumnName<E>]?: Cell | readonly string[] };

/** The file of an entity, its header from the bundle spec: every column in the spec's order. */
export function entityCsv<E extends FileEntity>(
  entity: E,
  rows: readonly EntityRow<E>[],
  style: CsvStyle = {},
): string {
  const header = fileHeader(BUNDLE_SPECS[entity]);
  const separator = keyListSeparator(style.delimiter ?? ',');
  const b = new CsvBuilder(header, style);
  for (const row of rows) {
    const cells: Readonly<Record<string, Cell | readonly string[]>> = row;
    b.row(
      header.map((name) => {
        const cell = cells[name];
        return Array.isArray(cell) ? cell.join(separator) : (cell as Cell);
      }),
    );
  }
  return b.toString();
}
