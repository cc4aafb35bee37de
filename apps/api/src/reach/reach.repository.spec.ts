import { describe, expect, it } from 'vitest';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES } from '../test-support/example-scopes.js';
import { ReachRepository } from './reach.repository.js';

// Executed on both databases by reach.service.spec.ts (the golden cases).
describe('ReachRepository SQL', () => {
  const repository = new ReachRepository(coldDatabase());
  it.each(Object.entries(EXAMPLE_SCOPES))('with the %s scope', (_name, scope) => {
    expect(repository.multipliersQuery(scope).compile().sql).toMatchSnapshot('multipliers');
    expect(repository.initiativesQuery(scope, 1271).compile().sql).toMatchSnapshot('initiatives');
    expect(repository.monthMultipliersQuery(scope).compile().sql).toMatchSnapshot('monthMultipliers');
  });
});
