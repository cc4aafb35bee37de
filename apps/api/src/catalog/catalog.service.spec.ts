import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogService } from './catalog.service.js';

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
    service = new CatalogService(new CatalogRepository(database));
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
});
