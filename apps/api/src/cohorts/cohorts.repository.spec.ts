import { describe, expect, it } from 'vitest';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES } from '../test-support/example-scopes.js';
import { CohortsRepository } from './cohorts.repository.js';

// Executed on both databases by cohorts.service.spec.ts (the golden cases) and the app tests.
describe('CohortsRepository SQL', () => {
  const repository = new CohortsRepository(coldDatabase());
  it('lists cohorts', () => {
    expect(repository.listCohortsQuery().compile().sql).toMatchSnapshot();
  });
  it.each(Object.entries(EXAMPLE_SCOPES))('funnel with the %s scope', (_name, scope) => {
    expect(repository.funnelQuery(scope).compile().sql).toMatchSnapshot();
  });
});
