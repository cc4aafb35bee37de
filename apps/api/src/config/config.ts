import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LevelWithSilent } from 'pino';
import { type MailConfig, readMailConfig } from '../mail/mail-config.js';
import { type OidcConfig, readOidcConfig } from '../oidc/oidc-config.js';

/** The repository root: `apps/api/{src,dist}/config` is three folders below it. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface MintqConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  suppressionK: number;
  production: boolean;
  /** MINTQ_JWT_SECRET; unset: generated once and kept in `dataDir` (see auth/jwt-secret.ts). */
  jwtSecret: string | undefined;
  /** How long a login token is valid (MINTQ_JWT_TTL_HOURS, default 12). */
  jwtTtlSeconds: number;
  /** MINTQ_LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: LevelWithSilent;
  /** MINTQ_SHUTDOWN_GRACE_SECONDS: how long requests in flight may finish after SIGTERM (default 10). */
  shutdownGraceSeconds: number;
  /** MINTQ_IMPORT_TIME_LIMIT_SECONDS: how long one import may take before it is rolled back. */
  importTimeLimitSeconds: number;
  /** MINTQ_UPLOAD_DIR: the folder mintq owns for uploads being imported; default `<tmpdir>/mintq-uploads`. */
  uploadDir: string;
  /** MINTQ_SMTP_URL and MINTQ_MAIL_FROM: how mails leave; without SMTP they wait in the outbox. */
  mail: MailConfig;
  /**
   * MINTQ_PUBLIC_URL: where users reach mintq, for links in mails and sign-in redirects; no
   * trailing slash. Default `http://<HOST>:<PORT>`, right only when nothing stands in between.
   */
  publicUrl: string;
  /** MINTQ_OIDC_*: single sign-on with an organisation's OpenID Connect provider; unset: off. */
  oidc: OidcConfig | undefined;
  /** MINTQ_TRUST_PROXY: proxy hops in front of mintq (default 0), or the proxies' addresses/CIDRs. */
  trustProxy: number | string[];
}

/** An import of 100 000 answers takes seconds: 5 minutes is far beyond any real bundle. */
export const DEFAULT_IMPORT_TIME_LIMIT_SECONDS = 300;

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

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
  const jwtSecret = env.MINTQ_JWT_SECRET || undefined;
  // 32 characters are 192 bits even as base64: less would make the HMAC key guessable offline.
  if (jwtSecret !== undefined && jwtSecret.length < 32)
    throw new Error('MINTQ_JWT_SECRET must have at least 32 characters (e.g. `openssl rand -base64 48`)');
  const ttlHours = Number(env.MINTQ_JWT_TTL_HOURS ?? 12);
  if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > 24 * 30)
    throw new Error(
      `MINTQ_JWT_TTL_HOURS must be a number of hours up to 720 (is "${env.MINTQ_JWT_TTL_HOURS}")`,
    );
  const logLevel = (env.MINTQ_LOG_LEVEL || 'info') as LevelWithSilent;
  if (!LOG_LEVELS.includes(logLevel))
    throw new Error(`MINTQ_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (is "${env.MINTQ_LOG_LEVEL}")`);
  const grace = Number(env.MINTQ_SHUTDOWN_GRACE_SECONDS ?? 10);
  if (!Number.isFinite(grace) || grace < 0 || grace > 600)
    throw new Error(
      `MINTQ_SHUTDOWN_GRACE_SECONDS must be a number of seconds up to 600 (is "${env.MINTQ_SHUTDOWN_GRACE_SECONDS}")`,
    );
  const importTimeLimitSeconds = Number(
    env.MINTQ_IMPORT_TIME_LIMIT_SECONDS || DEFAULT_IMPORT_TIME_LIMIT_SECONDS,
  );
  if (!Number.isFinite(importTimeLimitSeconds) || importTimeLimitSeconds <= 0)
    throw new Error(
      `MINTQ_IMPORT_TIME_LIMIT_SECONDS must be a positive number of seconds (is "${env.MINTQ_IMPORT_TIME_LIMIT_SECONDS}")`,
    );
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MINTQ_DATA_DIR || `${REPO_ROOT}.mintq`,
    port,
    host: env.HOST || '127.0.0.1',
    suppressionK: k,
    production: env.NODE_ENV === 'production',
    jwtSecret,
    jwtTtlSeconds: Math.round(ttlHours * 3600),
    logLevel,
    shutdownGraceSeconds: grace,
    importTimeLimitSeconds,
    uploadDir: env.MINTQ_UPLOAD_DIR || join(tmpdir(), 'mintq-uploads'),
    mail: readMailConfig(env),
    publicUrl: readPublicUrl(env.MINTQ_PUBLIC_URL, `http://${env.HOST || '127.0.0.1'}:${port}`),
    oidc: readOidcConfig(env),
    trustProxy: readTrustProxy(env.MINTQ_TRUST_PROXY),
  };
}

/** MINTQ_PUBLIC_URL: an http(s) URL without query or fragment; a trailing slash is dropped. */
export function readPublicUrl(value: string | undefined, fallback: string): string {
  const text = value?.trim();
  if (!text) return fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`MINTQ_PUBLIC_URL must be a URL such as https://mintq.example.org (is "${text}")`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username)
    throw new Error(
      `MINTQ_PUBLIC_URL must be an http:// or https:// URL without credentials, query or fragment (is "${text}")`,
    );
  return url.href.replace(/\/+$/, '');
}

/** The names Express (proxy-addr) knows for private address ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Whom X-Forwarded-For/-Proto are believed from (Express's `trust proxy`): unset or `0`, nobody,
 * so a client cannot forge its address; `n`, the n proxies nearest to mintq; or a list of the
 * proxies' addresses, CIDR ranges or range names, whichever of them forwarded the request.
 */
export function readTrustProxy(value: string | undefined): number | string[] {
  const text = value?.trim() ?? '';
  if (text === '') return 0;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !PROXY_RANGE_NAMES.includes(entry) && !isAddressOrRange(entry));
  if (bad.length > 0)
    throw new Error(
      `MINTQ_TRUST_PROXY must be a number of proxy hops or a comma-separated list of addresses or CIDR ranges (${PROXY_RANGE_NAMES.join(', ')} allowed); not: "${bad.join('", "')}"`,
    );
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Injection token of the running process's `MintqConfig`. */
export const MINTQ_CONFIG = Symbol('MINTQ_CONFIG');
