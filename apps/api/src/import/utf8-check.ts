import { problemText } from '@mintq/contract';
/** The problem of a file that is no UTF-8, e.g. exported by Excel as "CSV" (Windows-1252). */
export const NOT_UTF8 = problemText(
  'not_utf8',
  {},
  'invalid UTF-8: save the file as UTF-8 (in Excel: "CSV UTF-8")',
);

/**
 * Checks that a file's bytes are UTF-8 as they stream past, chunk by chunk: a strict decoder
 * (`fatal`) that carries a character split between two chunks over (`stream`). The CSV parser
 * reads the same bytes and decodes each field leniently, so a bad byte is U+FFFD in the field
 * that holds it: `invalidFrom` tells which records to look at for it.
 */
export class Utf8Check {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;
  /**
   * Null while every byte so far is UTF-8; otherwise the offset of the chunk holding the first
   * bad byte, less the up to 3 bytes of a character the decoder carried into it.
   */
  invalidFrom: number | null = null;

  push(chunk: Uint8Array): void {
    if (this.invalidFrom === null) {
      try {
        this.decoder.decode(chunk, { stream: true });
      } catch {
        this.invalidFrom = Math.max(0, this.bytes - 3);
      }
    }
    this.bytes += chunk.length;
  }

  /** The end of the file: a character cut off by it is invalid too. */
  end(): void {
    if (this.invalidFrom !== null) return;
    try {
      this.decoder.decode();
    } catch {
      this.invalidFrom = Math.max(0, this.bytes - 3);
    }
  }
}
