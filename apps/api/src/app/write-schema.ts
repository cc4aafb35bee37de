import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printAppSchema, SCHEMA_FILE } from './print-schema.js';

// `pnpm --filter @mintq/api schema`: writes apps/api/schema.graphql from the code.
await writeFile(SCHEMA_FILE, await printAppSchema());
console.log(`Wrote ${SCHEMA_FILE}`);
