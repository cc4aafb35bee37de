import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { UsersRepository } from './users.repository.js';

// `mintq user add` over an existing user: the operator's password makes an invited user active,
// but does not bring back one an admin deactivated.
describe.each(testDatabases())('mintq user add over an existing user on $kind', (factory) => {
  let database: Database;
  let users: UsersRepository;

  beforeAll(async () => {
    database = await factory.create();
    users = new UsersRepository(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function statusAfterUpsert(email: string, status: 'invited' | 'deactivated') {
    await database.db
      .insertInto('users')
      .values({ email, role: 'analyst', funder_id: null, password_hash: null, status })
      .execute();
    await users.upsertUser({ email, passwordHash: 'scrypt$x', role: 'analyst', funderKey: null });
    return database.db
      .selectFrom('users')
      .select(['status', 'password_hash'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
  }

  it('activates an invited user', async () => {
    expect(await statusAfterUpsert('invited@cli.example', 'invited')).toEqual({
      status: 'active',
      password_hash: 'scrypt$x',
    });
  });

  it('leaves a deactivated user deactivated', async () => {
    expect((await statusAfterUpsert('gone@cli.example', 'deactivated')).status).toBe('deactivated');
  });
});
