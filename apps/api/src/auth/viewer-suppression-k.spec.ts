import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { createSampleDatabase } from '../test-support/sample-database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';

// The dashboard names k in "weniger als k Personen": it must be the k the server suppresses with.
describe.each(testDatabases())('Viewer.suppressionK on $kind', (factory) => {
  let database: Database;
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    ({ database } = await createSampleDatabase(factory));
    server = await startTestServer(database, { MINTQ_SUPPRESSION_K: '7' });
    const users = [
      { name: 'admin', role: 'admin', funderKey: null },
      { name: 'lead', role: 'project_lead', funderKey: null },
      { name: 'analyst', role: 'analyst', funderKey: null },
      { name: 'funder', role: 'funder', funderKey: 'telekom-stiftung' },
    ] as const;
    for (const user of users) {
      const created = await createTestUser(database.db, {
        email: `${user.name}@k.example`,
        role: user.role,
        funderKey: user.funderKey,
      });
      tokens[user.name] = await server.login(created.email, created.password);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is the configured k for a funder user, in viewer and login', async () => {
    const { body } = await server.graphql<{ viewer: { suppressionK: number | null } }>(
      '{ viewer { suppressionK } }',
      { token: tokens.funder },
    );
    expect(body.data?.viewer.suppressionK).toBe(7);
    const login = await server.graphql<{ login: { viewer: { suppressionK: number | null } } }>(
      'mutation { login(email: "funder@k.example", password: "correct horse battery staple") { viewer { suppressionK } } }',
    );
    expect(login.body.data?.login.viewer.suppressionK).toBe(7);
  });

  it.each(['admin', 'lead', 'analyst'])('is null for %s (no suppression)', async (name) => {
    const { body } = await server.graphql('{ viewer { role suppressionK } }', { token: tokens[name] });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ viewer: { suppressionK: null } });
  });
});
