import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../config/config.js';

/** The sample bundle of ../shared: the golden data set of every test. */
export const SAMPLE_BUNDLE = join(REPO_ROOT, '..', 'shared', 'sample', 'bundle');
export const SAMPLE_EXPECTED = join(REPO_ROOT, '..', 'shared', 'sample', 'expected.json');

/** A writable copy of the sample bundle, changed by `edit` (file name → new content). */
export async function copySampleBundle(
  edit: (
    read: (file: string) => Promise<string>,
  ) => Promise<Record<string, string | null>> = async () => ({}),
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mintq-bundle-'));
  await cp(SAMPLE_BUNDLE, dir, { recursive: true });
  const changes = await edit((file) => readFile(join(dir, file), 'utf8'));
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) await rm(join(dir, file));
    else await writeFile(join(dir, file), content);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
