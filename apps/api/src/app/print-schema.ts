import { join } from 'node:path';
import type { DB } from '@mintq/schema';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { REPO_ROOT, readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { createApp } from './create-app.js';

/** The committed SDL, which clients (the dashboard's codegen) build against. */
export const SCHEMA_FILE = join(REPO_ROOT, 'apps', 'api', 'schema.graphql');

const HEADER =
  '# Generated from the code by apps/api/src/app/write-schema.ts: `pnpm --filter @mintq/api schema`.\n' +
  '# Do not edit; a test fails when this file and the code disagree.\n\n';

/** A database that is never asked anything: building the schema needs the modules, not data. */
function coldDatabase(): Database {
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** The schema the running server serves, built the same way (createApp), without a database. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const app = await createApp(
    coldDatabase(),
    readConfig({ MINTQ_JWT_SECRET: 'schema-printing-only-schema-printing-only', MINTQ_LOG_LEVEL: 'silent' }),
  );
  try {
    await app.init();
    return app.get(GraphQLSchemaHost).schema;
  } finally {
    await app.close();
  }
}

/** The SDL text of `schema.graphql`: sorted, with a header that says where it comes from. */
export async function printAppSchema(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
