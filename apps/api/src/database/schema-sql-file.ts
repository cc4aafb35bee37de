import { join } from 'node:path';
import { REPO_ROOT } from '../config/config.js';

/** The committed schema (see packages/schema/src/schema-sql.ts), and how to write it again. */
export const SCHEMA_SQL_FILE = join(REPO_ROOT, 'packages', 'schema', 'schema.sql');
export const SCHEMA_SQL_COMMAND = 'pnpm --filter @mintq/schema schema:dump';
