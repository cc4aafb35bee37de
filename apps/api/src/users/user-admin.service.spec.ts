import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountLinks } from '../accounts/account-links.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../database/database.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser } from '../test-support/test-server.js';
import { UserAdminRepository } from './user-admin.repository.js';
import { UserAdminService } from './user-admin.service.js';

/** These rules never mail: a call is a failure of the test. */
const NO_MAIL: Pick<AccountLinks, 'sendInvitation'> = {
  sendInvitation: () => Promise.reject(new Error('no invitation expected')),
};

// The last active admin stays, whoever asks. Over HTTP the asking admin is always another
// active one (nobody changes their own account), so the rule is reached here with an admin
// whose own account was deactivated while the request was under way.
describe.each(testDatabases())('the last active admin on $kind', (factory) => {
  let database: Database;
  let service: UserAdminService;
  let last: number;
  let leaving: Viewer;

  beforeAll(async () => {
    database = await factory.create();
    service = new UserAdminService(new UserAdminRepository(database), NO_MAIL);
    last = (await createTestUser(database.db, { email: 'last@admins.example', role: 'admin' })).id;
    const other = await createTestUser(database.db, { email: 'leaving@admins.example', role: 'admin' });
    await database.db
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', other.id)
      .execute();
    leaving = { userId: other.id, email: other.email, role: 'ADMIN', funderId: null, funderKey: null };
  });
  afterAll(async () => {
    await database?.close();
  });

  it('refuses to deactivate the last active admin or give it another role, and records nothing', async () => {
    await expect(service.deactivate(leaving, last)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'LAST_ADMIN' },
    });
    await expect(service.changeRole(leaving, last, 'ANALYST', null)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'LAST_ADMIN' },
    });
    const row = await database.db
      .selectFrom('users')
      .select(['role', 'status'])
      .where('id', '=', last)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'admin', status: 'active' });
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject', '=', `user:${last}`)
      .where('action', 'like', 'user.%')
      .where('actor', '!=', 'cli')
      .execute();
    expect(audit).toEqual([]);
  });

  it('lets another admin go once a second one is active', async () => {
    await database.db
      .updateTable('users')
      .set({ status: 'active' })
      .where('id', '=', leaving.userId)
      .execute();
    const asker: Viewer = { ...leaving, userId: last, email: 'last@admins.example' };
    await expect(service.deactivate(asker, leaving.userId)).resolves.toMatchObject({ status: 'DEACTIVATED' });
    // And now the asker is the last one again.
    await expect(service.changeRole(leaving, last, 'ANALYST', null)).rejects.toMatchObject({
      extensions: { reason: 'LAST_ADMIN' },
    });
  });
});
