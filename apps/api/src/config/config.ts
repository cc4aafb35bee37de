import { fileURLToPath } from 'node:url';

/** The repository root: `apps/api/{src,dist}/config` is three folders below it. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface MintqConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  suppressionK: number;
  production: boolean;
}

/** Reads mintq's settings (operations.md) from the environment, with their defaults. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): MintqConfig {
  const k = Number(env.MINTQ_SUPPRESSION_K ?? 5);
  if (!Number.isInteger(k) || k < 3) {
    throw new Error(
      `MINTQ_SUPPRESSION_K must be a whole number of at least 3 (is "${env.MINTQ_SUPPRESSION_K}")`,
    );
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (is "${env.PORT}")`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MINTQ_DATA_DIR || `${REPO_ROOT}.mintq`,
    port,
    host: env.HOST || '127.0.0.1',
    suppressionK: k,
    production: env.NODE_ENV === 'production',
  };
}

/** Injection token of the running process's `MintqConfig`. */
export const MINTQ_CONFIG = Symbol('MINTQ_CONFIG');
