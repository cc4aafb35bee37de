import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ScopeService } from '../scope/scope.service.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { ItemDistributionsRepository } from './item-distributions.repository.js';
import { ItemDistributionsService } from './item-distributions.service.js';

const analyst: Viewer = {
  userId: 0,
  email: 'a@test.example',
  role: 'ANALYST',
  funderId: null,
  funderKey: null,
};

describe.each(testDatabases())('ItemDistributionsService on $kind', (factory) => {
  let database: Database;
  let service: ItemDistributionsService;
  let funder: Viewer;
  beforeAll(async () => {
    let funderId: (key: string) => number | null;
    ({ database, funderId } = await createSampleDatabase(factory));
    funder = { ...analyst, role: 'FUNDER', funderKey: 'aqtivator', funderId: funderId('aqtivator') };
    service = new ItemDistributionsService(
      new ScopeService(new ScopeRepository(database), readConfig({})),
      new ItemDistributionsRepository(database),
    );
  });
  afterAll(async () => {
    await database?.close();
  });

  it('lists every value of each scale, answered or not, in the language asked for', async () => {
    const items = await service.getItemDistributions(analyst, 'transfer-feedback', 'EVENT', null, 'en');
    expect(items.map((i) => [i.item, i.text, i.counts.map((c) => c.value)])).toEqual([
      ['NPS', 'Would you recommend it?', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
      ['ZUF1', 'Overall satisfaction', [1, 2, 3, 4, 5]],
    ]);
    for (const item of items) expect(item.counts.reduce((n, c) => n + (c.count ?? 0), 0)).toBe(item.n);
    const german = await service.getItemDistributions(analyst, 'transfer-feedback', 'EVENT', null, 'de');
    expect(german[1]?.text).toBe('Wie zufrieden waren Sie insgesamt?');
  });

  it('shows items nobody answered as zeros, also to a funder (zero people are shown as is)', async () => {
    const items = await service.getItemDistributions(funder, 'transfer-feedback', 'PRE', null, 'de');
    expect(items.map((i) => [i.item, i.n, i.suppressed, new Set(i.counts.map((c) => c.count))])).toEqual([
      ['NPS', 0, false, new Set([0])],
      ['ZUF1', 0, false, new Set([0])],
    ]);
  });

  it('refuses an unknown instrument and an unknown language', async () => {
    await expect(service.getItemDistributions(analyst, 'nope', 'PRE', null, 'de')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(
      service.getItemDistributions(analyst, 'selbstanalyse', 'PRE', null, 'fr'),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
