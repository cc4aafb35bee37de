import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printAppSchema, SCHEMA_FILE } from './print-schema.js';

describe('the committed SDL (apps/api/schema.graphql)', () => {
  it('is what the code generates; run `pnpm --filter @mintq/api schema` after changing a type', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '(missing)');
    expect(committed, 'schema.graphql is stale: run `pnpm --filter @mintq/api schema`').toBe(
      await printAppSchema(),
    );
  });
});
