import { describe, expect, it } from 'vitest';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES } from '../test-support/example-scopes.js';
import { ReachRepository } from './reach.repository.js';

// Executed on both databases by reach.service.spec.ts (the golden cases).
describe('ReachRepository SQL', () => {
  const repository = new ReachRepository(coldDatabase());
  it.each(Object.entries(EXAMPLE_SCOPES))('with the %s scope', (_name, scope) => {
    expect(repository.totalsQuery(scope).compile().sql).toMatchSnapshot('totals');
    expect(repository.byStateQuery(scope).compile().sql).toMatchSnapshot('byState');
    expect(repository.byMonthQuery(scope).compile().sql).toMatchSnapshot('byMonth');
  });
});
