import type { ImportFormatFile } from '@mintq/contract';

/**
 * A bundle file's template: its header row, separated by `;` as German Excel writes and reads
 * CSV, in UTF-8 with a byte-order mark so that Excel reads umlauts right (the import takes both).
 */
export function templateCsv(file: ImportFormatFile): string {
  return `\uFEFF${file.columns.map((c) => c.name).join(';')}\r\n`;
}
