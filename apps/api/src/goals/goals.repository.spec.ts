import { describe, expect, it } from 'vitest';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES } from '../test-support/example-scopes.js';
import { GoalsRepository } from './goals.repository.js';

// Executed on both databases by goals.service.spec.ts (the golden cases).
describe('GoalsRepository SQL', () => {
  const repository = new GoalsRepository(coldDatabase());
  it.each(Object.entries(EXAMPLE_SCOPES))('with the %s scope', (_name, scope) => {
    expect(repository.goalRowsQuery(scope).compile().sql).toMatchSnapshot();
  });
});
