import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { createMetricServices } from '../test-support/metric-services.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
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
    service = createMetricServices(database).itemDistributions;
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

  it('shows items nobody answered as zeros', async () => {
    const items = await service.getItemDistributions(analyst, 'transfer-feedback', 'PRE', null, 'de');
    expect(items.map((i) => [i.item, i.n, i.suppressed, new Set(i.counts.map((c) => c.count))])).toEqual([
      ['NPS', 0, false, new Set([0])],
      ['ZUF1', 0, false, new Set([0])],
    ]);
  });

  it('gives a funder the self-assessment waves of its release, and says so for anything else', async () => {
    const items = await service.getItemDistributions(funder, 'selbstanalyse', 'PRE', null, 'en');
    const exact = await service.getItemDistributions(
      analyst,
      'selbstanalyse',
      'PRE',
      { funder: 'aqtivator' },
      'en',
    );
    expect(items.map((i) => i.text)).toEqual(exact.map((i) => i.text));
    // Every value a funder sees is the exact one; hidden ones are null, never 0.
    items.forEach((item, i) => {
      if (item.n !== null) expect(item.n).toBe(exact[i]?.n);
      item.counts.forEach((count, j) => {
        if (count.count !== null) expect(count.count).toBe(exact[i]?.counts[j]?.count);
        else expect(item.suppressed || count.suppressed).toBe(true);
      });
    });
    await expect(
      service.getItemDistributions(funder, 'transfer-feedback', 'PRE', null, 'de'),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/self-assessment \(selbstanalyse\) in PRE, POST or FOLLOW_UP/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
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
