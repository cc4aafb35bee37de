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

// A coordinator's account is their participant's: no role change makes or unmakes one, and they
// are invited from a cohort's roster (inviteParticipants), not as a role of inviteUser.
describe.each(testDatabases())('coordinator accounts on $kind', (factory) => {
  let database: Database;
  let service: UserAdminService;
  let admin: Viewer;
  let coordinator: number;
  let analyst: number;

  beforeAll(async () => {
    database = await factory.create();
    service = new UserAdminService(new UserAdminRepository(database), NO_MAIL);
    const { db } = database;
    const created = await createTestUser(db, { email: 'admin@coordinators.example', role: 'admin' });
    admin = { userId: created.id, email: created.email, role: 'ADMIN', funderId: null, funderKey: null };
    analyst = (await createTestUser(db, { email: 'analyst@coordinators.example', role: 'analyst' })).id;
    const network = await db
      .insertInto('networks')
      .values({ key: 'mint-test', name: 'MINT Test', state_code: 'DE-BE', kind: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const participant = await db
      .insertInto('participants')
      .values({
        key: 'P0001',
        network_id: network.id,
        display_name: 'Mia Test',
        email: 'mia@coordinators.example',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    coordinator = (
      await db
        .insertInto('users')
        .values({
          email: 'mia@coordinators.example',
          role: 'participant',
          participant_id: participant.id,
          funder_id: null,
          password_hash: null,
          status: 'invited',
          language: 'de',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  const refused = { extensions: { code: 'BAD_USER_INPUT', reason: 'PARTICIPANT_ROLE' } };

  it('refuses to invite a PARTICIPANT by e-mail, and creates nobody', async () => {
    await expect(
      service.invite(admin, { email: 'new@coordinators.example', role: 'PARTICIPANT' }),
    ).rejects.toMatchObject(refused);
    const found = await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'new@coordinators.example')
      .execute();
    expect(found).toEqual([]);
  });

  it('refuses to make an account a coordinator’s or a coordinator’s account another role, and records nothing', async () => {
    await expect(service.changeRole(admin, analyst, 'PARTICIPANT', null)).rejects.toMatchObject(refused);
    for (const role of ['ADMIN', 'ANALYST', 'PROJECT_LEAD'] as const)
      await expect(service.changeRole(admin, coordinator, role, null)).rejects.toMatchObject(refused);
    const rows = await database.db
      .selectFrom('users')
      .select(['id', 'role', 'participant_id'])
      .where('id', 'in', [analyst, coordinator])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: analyst, role: 'analyst', participant_id: null },
      { id: coordinator, role: 'participant', participant_id: expect.any(Number) },
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'user.role_changed')
      .execute();
    expect(audit).toEqual([]);
  });

  it('still deactivates and reactivates a coordinator’s account', async () => {
    await expect(service.deactivate(admin, coordinator)).resolves.toMatchObject({ status: 'DEACTIVATED' });
    await expect(service.reactivate(admin, coordinator)).resolves.toMatchObject({
      status: 'INVITED',
      role: 'PARTICIPANT',
    });
  });
});
