#!/usr/bin/env node
// Builds what the mintq command needs (turbo caches it), quietly unless the build fails,
// then runs the command: `pnpm mintq import …`, and `pnpm start` (= serve with demo data).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const filters = ['--filter=@mintq/api...'];
if (args[0] === 'serve') filters.push('--filter=@mintq/dashboard');

const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], {
  cwd: root,
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.stderr.write('\nThe build failed; see above.\n');
  process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [join(root, 'apps/api/dist/cli.js'), ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
