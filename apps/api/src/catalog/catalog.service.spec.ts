import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogService } from './catalog.service.js';

/** Thrown to roll a test's transaction back. */
class RollBack extends Error {}

const viewer = (role: Viewer['role']): Viewer => ({
  userId: 1,
  email: 'x@test.example',
  role,
  funderId: null,
  funderKey: null,
});

describe.each(testDatabases())('catalog on $kind', (factory) => {
  let database: Database;
  let service: CatalogService;
  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    service = new CatalogService(new CatalogRepository(database), { suppressionK: 5 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('lists the networks with their counts, filtered by state', async () => {
    const all = await service.listNetworks(null);
    expect(all).toHaveLength(28);
    expect(all.reduce((n, r) => n + r.initiatives, 0)).toBe(216);
    expect(all.reduce((n, r) => n + r.participants, 0)).toBe(67);
    const nw = await service.listNetworks('DE-NW');
    expect(nw.map((n) => n.state)).toEqual(['DE-NW', 'DE-NW', 'DE-NW']);
    await expect(service.listNetworks('DE-XX')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('pages through the initiatives with cursors, none twice, none lost', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await service.listInitiatives({ first: 100, after });
      expect(page.totalCount).toBe(216);
      keys.push(...page.nodes.map((n) => n.key));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after !== null);
    expect(pages).toBe(3);
    expect(new Set(keys).size).toBe(216);
    expect([...keys].sort()).toEqual(keys);
    await expect(service.listInitiatives({ first: 501 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('gives analysts participants by key only, with their enrollments', async () => {
    const page = await service.listParticipants(viewer('ANALYST'), { cohort: '2024-25', first: 500 }, false);
    expect(page.totalCount).toBe(page.nodes.length);
    expect(page.nodes.length).toBeGreaterThan(0);
    for (const node of page.nodes) {
      expect(node.displayName).toBeNull();
      expect(node.email).toBeNull();
      expect(node.enrollments.map((e) => e.cohort)).toContain('2024-25');
    }
  });

  it("gives analysts a key's network and state only for networks of at least k participants", async () => {
    // Sample: mint-bochum 11, mint-koeln 6, mint-augsburg 6, mint-ostalb 5; every other network 1 … 4.
    const analyst = await service.listParticipants(viewer('ANALYST'), { first: 500 }, false);
    const admin = await service.listParticipants(viewer('ADMIN'), { first: 500 }, false);
    expect(analyst.totalCount).toBe(67);
    expect(new Set(analyst.nodes.map((n) => n.network))).toEqual(
      new Set(['mint-bochum', 'mint-koeln', 'mint-augsburg', 'mint-ostalb', null]),
    );
    const truth = new Map(admin.nodes.map((n) => [n.key, n]));
    for (const node of analyst.nodes) {
      if (node.network === null) expect(node.state).toBeNull();
      else
        expect([node.network, node.state]).toEqual([
          truth.get(node.key)?.network,
          truth.get(node.key)?.state,
        ]);
    }
    // P0001 is the only participant of mint-berlin-mitte.
    expect(analyst.nodes[0]).toMatchObject({ key: 'P0001', network: null, state: null });
    expect(admin.nodes[0]).toMatchObject({ key: 'P0001', network: 'mint-berlin-mitte', state: 'DE-BE' });
  });

  it("filters an analyst's list by the state shown, so a state cannot place a hidden key", async () => {
    const analyst = await service.listParticipants(viewer('ANALYST'), { state: 'DE-BE' }, false);
    expect(analyst).toMatchObject({ nodes: [], totalCount: 0 });
    const lead = await service.listParticipants(viewer('PROJECT_LEAD'), { state: 'DE-BE' }, false);
    expect(lead.nodes.map((n) => [n.key, n.network])).toEqual([['P0001', 'mint-berlin-mitte']]);
    const nw = await service.listParticipants(viewer('ANALYST'), { state: 'DE-NW', first: 500 }, false);
    expect(new Set(nw.nodes.map((n) => n.network))).toEqual(new Set(['mint-bochum', 'mint-koeln']));
    expect(nw.totalCount).toBe(17);
  });

  it('hides the smallest large network too when only one network is small', async () => {
    // Move everyone of a network of 1 … 4 into mint-bochum, except mint-trier (3): then the keys
    // without a network would all be mint-trier's unless one more network is withheld.
    await database.db
      .transaction()
      .execute(async (trx) => {
        const keep = ['mint-bochum', 'mint-koeln', 'mint-augsburg', 'mint-ostalb', 'mint-trier'];
        const bochum = await trx
          .selectFrom('networks')
          .select('id')
          .where('key', '=', 'mint-bochum')
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('participants')
          .set({ network_id: bochum.id })
          .where('network_id', 'not in', trx.selectFrom('networks').select('id').where('key', 'in', keep))
          .execute();
        const inTrx = new CatalogService(new CatalogRepository({ ...database, db: trx }), {
          suppressionK: 5,
        });
        const page = await inTrx.listParticipants(viewer('ANALYST'), { first: 500 }, false);
        // mint-ostalb (5) is the smallest network of 5 or more: withheld with mint-trier (3).
        expect(new Set(page.nodes.map((n) => n.network))).toEqual(
          new Set(['mint-bochum', 'mint-koeln', 'mint-augsburg', null]),
        );
        expect(page.nodes.filter((n) => n.network === null)).toHaveLength(8);
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    expect((await service.listNetworks(null)).find((n) => n.key === 'mint-trier')?.participants).toBe(3);
  });

  it('refuses names and e-mails to analysts, and any list of people to funders', async () => {
    await expect(service.listParticipants(viewer('ANALYST'), {}, true)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(service.listParticipants(viewer('FUNDER'), {}, false)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('shows names and e-mails to admins and project leads', async () => {
    const page = await service.listParticipants(viewer('PROJECT_LEAD'), { first: 1 }, true);
    expect(page.nodes[0]).toMatchObject({
      key: 'P0001',
      displayName: 'Miriam Yilmaz',
      email: 'miriam.yilmaz1@example.org',
    });
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('lists instruments with their items, and the waves in order', async () => {
    const instruments = await service.listInstruments();
    expect(instruments.map((i) => [i.key, i.items.length])).toEqual([
      ['selbstanalyse', 13],
      ['transfer-feedback', 2],
    ]);
    expect(instruments[0]?.items[2]).toMatchObject({
      code: 'KO03R',
      reversed: true,
      scaleMin: 1,
      scaleMax: 5,
    });
    const waves = await service.listWaves({ instrument: 'selbstanalyse', cohort: '2024-25' });
    expect(waves.map((w) => w.wave)).toEqual(['pre', 'post', 'follow_up']);
    expect(waves.every((w) => w.responses > 0)).toBe(true);
  });

  it('lists every wave when the query leaves instrument and cohort out (GraphQL passes undefined)', async () => {
    const resolver = new CatalogResolver(service);
    const all = await resolver.waves(undefined, undefined);
    expect(all.length).toBeGreaterThan(3);
    expect(new Set(all.map((w) => w.instrument))).toEqual(new Set(['selbstanalyse', 'transfer-feedback']));
    const ofCohort = await resolver.waves(undefined, '2024-25');
    expect(ofCohort.length).toBeGreaterThan(0);
    expect(ofCohort.every((w) => w.cohort === '2024-25')).toBe(true);
  });
});
