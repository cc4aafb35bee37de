import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import { JWT_SECRET_FILE, resolveJwtSecret } from './jwt-secret.js';

describe('the JWT signing secret', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mintq-secret-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const config = (env: NodeJS.ProcessEnv) => readConfig({ MINTQ_DATA_DIR: dataDir, ...env });

  it('is MINTQ_JWT_SECRET when set, and writes no file then', async () => {
    const secret = 's'.repeat(40);
    expect(resolveJwtSecret(config({ MINTQ_JWT_SECRET: secret })).toString()).toBe(secret);
    await expect(stat(join(dataDir, JWT_SECRET_FILE))).rejects.toThrow();
  });

  it('is generated once into MINTQ_DATA_DIR/jwt-secret with mode 0600 and then reused', async () => {
    const first = resolveJwtSecret(config({}));
    expect(first.length).toBeGreaterThanOrEqual(64);
    const file = join(dataDir, JWT_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.toString());
    expect(resolveJwtSecret(config({})).equals(first)).toBe(true);
  });

  it('tightens a copied secret file that others could read', async () => {
    await writeFile(join(dataDir, JWT_SECRET_FILE), `${'k'.repeat(48)}\n`, { mode: 0o644 });
    expect(resolveJwtSecret(config({})).toString()).toBe('k'.repeat(48));
    expect((await stat(join(dataDir, JWT_SECRET_FILE))).mode & 0o777).toBe(0o600);
  });

  it('is required with DATABASE_URL in production, and not otherwise', () => {
    const url = 'postgres://db.invalid/mintq';
    expect(() => resolveJwtSecret(config({ DATABASE_URL: url, NODE_ENV: 'production' }))).toThrow(
      /MINTQ_JWT_SECRET is required/,
    );
    expect(resolveJwtSecret(config({ DATABASE_URL: url })).length).toBeGreaterThan(0);
    expect(resolveJwtSecret(config({ NODE_ENV: 'production' })).length).toBeGreaterThan(0);
  });

  it('must be at least 32 characters long', () => {
    expect(() => config({ MINTQ_JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });
});

describe('session and logging settings', () => {
  it('default to 12 hours and level info, and are validated', () => {
    expect(readConfig({})).toMatchObject({
      jwtTtlSeconds: 12 * 3600,
      logLevel: 'info',
      jwtSecret: undefined,
    });
    expect(readConfig({ MINTQ_JWT_TTL_HOURS: '0.5', MINTQ_LOG_LEVEL: 'silent' })).toMatchObject({
      jwtTtlSeconds: 1800,
      logLevel: 'silent',
    });
    expect(() => readConfig({ MINTQ_JWT_TTL_HOURS: '0' })).toThrow(/MINTQ_JWT_TTL_HOURS/);
    expect(() => readConfig({ MINTQ_LOG_LEVEL: 'loud' })).toThrow(/MINTQ_LOG_LEVEL/);
  });
});
