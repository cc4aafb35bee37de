import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes each file of a bundle (name → CSV text) into `dir` as UTF-8, creating `dir` as needed. */
export async function writeBundleToFolder(files: Map<string, string>, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) {
    if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
      throw new Error(`invalid bundle file name: ${name}`);
    }
    await writeFile(join(dir, name), text, 'utf8');
  }
}
