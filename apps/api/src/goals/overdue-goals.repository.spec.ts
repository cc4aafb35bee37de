import { describe, expect, it } from 'vitest';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES } from '../test-support/example-scopes.js';
import { OverdueGoalsRepository } from './overdue-goals.repository.js';

// Executed on both databases by overdue-goals.service.spec.ts.
describe('OverdueGoalsRepository SQL', () => {
  const repository = new OverdueGoalsRepository(coldDatabase());
  it.each(Object.entries(EXAMPLE_SCOPES))('with the %s scope', (_name, scope) => {
    expect(repository.overdueGoalsQuery(scope).compile().sql).toMatchSnapshot();
  });
});
