import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MintqConfig } from '../config/config.js';

export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * The key that signs login tokens: MINTQ_JWT_SECRET, or else a random one generated on the
 * first start and kept in `MINTQ_DATA_DIR/jwt-secret` (mode 0600), so tokens survive a
 * restart. With PostgreSQL in production the variable is required: such a deployment may run
 * on an ephemeral disk or as several processes, where a file-kept secret would silently
 * differ between them and sign everyone out on every restart.
 */
export function resolveJwtSecret(
  config: Pick<MintqConfig, 'jwtSecret' | 'databaseUrl' | 'production' | 'dataDir'>,
): Buffer {
  if (config.jwtSecret) return Buffer.from(config.jwtSecret, 'utf8');
  if (config.databaseUrl && config.production)
    throw new Error(
      'MINTQ_JWT_SECRET is required with DATABASE_URL and NODE_ENV=production (e.g. `openssl rand -base64 48`)',
    );
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const file = join(config.dataDir, JWT_SECRET_FILE);
  const secret = randomBytes(48).toString('base64url');
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    // Linking the complete file into place is atomic and never overwrites: processes starting
    // at once (parallel test files, say) all end up with the first one's secret, never a
    // half-written file.
    linkSync(draft, file);
    return Buffer.from(secret, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  // A copied data folder may have lost the mode: the secret must not be world-readable.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const stored = readFileSync(file, 'utf8').trim();
  if (stored.length < 32) throw new Error(`${file} holds no usable secret: delete it to generate a new one`);
  return Buffer.from(stored, 'utf8');
}
