import { strToU8, zipSync } from 'fflate';
import type { ExportCell, ExportDate, ExportSheet } from './exportSheet.js';

// A one-sheet XLSX written by hand (SpreadsheetML zipped with fflate): a few KB of code, loaded
// only when someone asks for Excel, instead of a spreadsheet library in the dashboard's bundle.
// Numbers stay numbers with the digits shown, shares are percentages, dates are dates; `•` is a
// text, so a hidden value is never a number in the file.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The first id of a workbook's own number formats; lower ids are Excel's built-in ones. */
const FIRST_FORMAT_ID = 164;
/** Styles 0 (plain) and 1 (bold heading) come first; number and date formats follow. */
const HEADING_STYLE = 1;

/** The control characters XML 1.0 cannot hold, dropped from texts. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Escapes a text for XML. */
function escapeXml(text: string): string {
  return text
    .replace(NOT_IN_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** `A`, `B`, … `Z`, `AA`: the letters of a column index from 0. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's number format of a cell: the digits shown, `%` for shares, a sign for changes. */
function numberFormat(cell: Extract<ExportCell, { kind: 'number' }>): string {
  const fraction = cell.digits > 0 ? `.${(cell.fixed ? '0' : '#').repeat(cell.digits)}` : '';
  if (cell.percent) return `0${fraction}%`;
  // "General" for at most n digits: `#,##0.##` would leave a bare decimal mark on whole numbers.
  if (!cell.fixed && cell.digits > 0) return 'General';
  const base = `#,##0${fraction}`;
  return cell.signed ? `+${base};-${base};${base}` : base;
}

/** Excel's serial number of a date: days since 30.12.1899, the time as a fraction of a day. */
function serial({ year, month, day, time }: ExportDate): number {
  const utc = Date.UTC(year, month - 1, day, time?.hour ?? 0, time?.minute ?? 0);
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Date formats in the reader's convention: German first. */
function dateFormat(date: ExportDate, locale: string): string {
  const day = locale.startsWith('de') ? 'dd.mm.yyyy' : 'dd/mm/yyyy';
  return date.time ? `${day} hh:mm` : day;
}

/** A text cell: inline, so no shared-strings part is needed. */
function textCell(ref: string, text: string, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** The workbook's number formats, each with its style index, in order of first use. */
class Formats {
  readonly codes: string[] = [];
  style(code: string): number {
    let index = this.codes.indexOf(code);
    if (index < 0) index = this.codes.push(code) - 1;
    return HEADING_STYLE + 1 + index;
  }
}

function cellXml(cell: ExportCell, ref: string, formats: Formats, locale: string): string {
  if (cell.kind === 'text') return textCell(ref, cell.text);
  const [value, code] =
    cell.kind === 'date'
      ? [serial(cell.date), dateFormat(cell.date, locale)]
      : [cell.value, numberFormat(cell)];
  return `<c r="${ref}" s="${formats.style(code)}"><v>${value}</v></c>`;
}

/** How wide a column is drawn: its longest text, within limits. */
function widths(sheet: ExportSheet): number[] {
  return sheet.header.map((heading, i) => {
    const longest = Math.max(
      heading.length,
      ...sheet.rows.map((row) => {
        const cell = row[i];
        return cell?.kind === 'text' ? cell.text.length : 12;
      }),
    );
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function worksheetXml(sheet: ExportSheet, formats: Formats, locale: string): string {
  const rows = [
    sheet.header.map((heading, i) => textCell(`${columnName(i)}1`, heading, HEADING_STYLE)),
    ...sheet.rows.map((row, r) =>
      row.map((cell, i) => cellXml(cell, `${columnName(i)}${r + 2}`, formats, locale)),
    ),
    ...(sheet.note ? [[], [textCell(`A${sheet.rows.length + 3}`, sheet.note)]] : []),
  ];
  const cols = widths(sheet)
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const data = rows
    .map((cells, r) => (cells.length ? `<row r="${r + 1}">${cells.join('')}</row>` : ''))
    .join('');
  // The heading row stays in sight while scrolling.
  const frozen =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML}<worksheet xmlns="${MAIN}">${frozen}<cols>${cols}</cols><sheetData>${data}</sheetData></worksheet>`;
}

function stylesXml(formats: Formats): string {
  const numFmts = formats.codes.length
    ? `<numFmts count="${formats.codes.length}">${formats.codes
        .map((code, i) => `<numFmt numFmtId="${FIRST_FORMAT_ID + i}" formatCode="${escapeXml(code)}"/>`)
        .join('')}</numFmts>`
    : '';
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    ...formats.codes.map(
      (_, i) =>
        `<xf numFmtId="${FIRST_FORMAT_ID + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    ),
  ];
  return `${XML}<styleSheet xmlns="${MAIN}">${numFmts}<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/** A sheet's name as Excel allows it: at most 31 characters, none of `[]:*?/\`, no ' at either end. */
function sheetName(title: string): string {
  const name = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .replace(/^[\s']+|[\s']+$/g, '');
  return name || 'mintq';
}

/** The sheet as an XLSX file's bytes, numbers formatted for the reader's locale. */
export function xlsxOf(sheet: ExportSheet, locale: string): Uint8Array {
  const formats = new Formats();
  const worksheet = worksheetXml(sheet, formats, locale);
  const files: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="${escapeXml(sheetName(sheet.title))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': worksheet,
    'xl/styles.xml': stylesXml(formats),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
}
