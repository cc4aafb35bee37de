import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import type { ScopeInput } from '../scope/scope.types.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { NetworkReachRepository } from './network-reach.repository.js';
import { NetworkReachService } from './network-reach.service.js';
import { ReachRepository } from './reach.repository.js';

const ANALYST: Viewer = {
  userId: 0,
  email: 'a@test.example',
  role: 'ANALYST',
  funderId: null,
  funderKey: null,
};

const SCOPES: Record<string, ScopeInput> = {
  open: {},
  'one cohort, one year': { cohorts: ['2024-25'], from: '2025-01-01', to: '2025-12-31' },
  "a funder's lines": { funder: 'joachim-herz' },
};

// The drill-down adds up to the state table it opens from: a state's networks to its row of
// reach.byState, a network's initiatives to its row.
describe.each(testDatabases())('networks and initiatives below reach.byState on $kind', (factory) => {
  let database: Database;
  let metrics: ReturnType<typeof createMetricServices>;
  let drill: NetworkReachService;
  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    metrics = createMetricServices(database);
    drill = new NetworkReachService(
      metrics.scopes,
      new NetworkReachRepository(database, new ReachRepository(database)),
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each(Object.entries(SCOPES))('adds up to each state and network (%s)', async (_name, scope) => {
    const reach = await metrics.reach.getReach(ANALYST, scope);
    let reachedNetworks = 0;
    for (const state of reach.byState) {
      const networks = await drill.networksOfState(ANALYST, state.state, scope);
      expect(networks).toHaveLength(state.networks);
      expect(networks.filter((n) => n.initiativesReached > 0)).toHaveLength(state.networksReached ?? -1);
      expect(networks.reduce((sum, n) => sum + n.initiativesReached, 0)).toBe(state.initiativesReached);
      for (const network of networks) {
        expect(network.multipliers).toBeLessThanOrEqual(state.multipliers ?? -1);
        if (network.initiativesReached === 0 || reachedNetworks >= 6) continue;
        reachedNetworks += 1;
        const initiatives = await drill.initiativesOfNetwork(ANALYST, network.network, scope);
        expect(initiatives).toHaveLength(network.initiatives);
        expect(initiatives.filter((i) => i.activities > 0)).toHaveLength(network.initiativesReached);
        expect(Math.max(...initiatives.map((i) => i.multipliers))).toBeLessThanOrEqual(network.multipliers);
        expect(Math.max(...initiatives.map((i) => i.activities))).toBeLessThanOrEqual(network.activities);
      }
    }
    expect(reachedNetworks).toBeGreaterThan(0);
  });

  it('rejects an unknown state or network as bad input', async () => {
    await expect(drill.networksOfState(ANALYST, 'DE-XX', null)).rejects.toBeInstanceOf(BadUserInputError);
    await expect(drill.initiativesOfNetwork(ANALYST, 'no-such-network', null)).rejects.toBeInstanceOf(
      BadUserInputError,
    );
  });
});

describe.each(testDatabases())('networkReach over HTTP on $kind', (factory) => {
  const sample = useSampleServer(
    factory,
    [
      { name: 'lead', role: 'project_lead', funderKey: null },
      { name: 'analyst', role: 'analyst', funderKey: null },
      { name: 'funder', role: 'funder', funderKey: 'aqtivator' },
    ],
    'drill.example',
  );
  const QUERY = '{ networkReach(state: "DE-NW") { network initiativesReached } }';

  it.each(['lead', 'analyst'])('answers %s', async (name) => {
    const { body } = await sample.server.graphql<{ networkReach: unknown[] }>(QUERY, {
      token: sample.tokens[name],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.networkReach.length).toBeGreaterThan(0);
  });

  it.each([QUERY, '{ initiativeReach(network: "mint-ostalb") { initiative activities } }'])(
    'refuses a funder user with FORBIDDEN and no data: %s',
    async (query) => {
      const { body } = await sample.server.graphql(query, { token: sample.tokens.funder });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(body.data ?? null).toBeNull();
    },
  );
});
