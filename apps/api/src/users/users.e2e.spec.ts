import { describe, expect, it } from 'vitest';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';

const USER_FIELDS = 'id email role status language funder { key } lastSignInAt createdAt invitationExpiresAt';

interface UserRow {
  id: number;
  email: string;
  role: string;
  status: string;
  language: string;
  funder: { key: string } | null;
  lastSignInAt: string | null;
  createdAt: string;
  invitationExpiresAt: string | null;
}

// The user administration over HTTP: who may invite, change and deactivate whom, and the audit
// rows each change leaves.
describe.each(testDatabases())('user administration on $kind', (factory) => {
  const sample = useSampleServer(
    factory,
    [
      { name: 'admin', role: 'admin', funderKey: null },
      { name: 'lead', role: 'project_lead', funderKey: null },
      { name: 'analyst', role: 'analyst', funderKey: null },
      { name: 'telekom', role: 'funder', funderKey: 'telekom-stiftung' },
      { name: 'victim', role: 'analyst', funderKey: null },
      { name: 'promoted', role: 'analyst', funderKey: null },
    ],
    'users.example',
  );

  async function ask<T = Record<string, unknown>>(
    who: string,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    return (await sample.server.graphql<T>(query, { token: sample.tokens[who], variables })).body;
  }

  async function expectRefused(
    who: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    reason?: string,
  ) {
    const body = await ask(who, query, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    if (reason) expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
  }

  const INVITE = `mutation Invite($email: String!, $role: Role!, $funder: String, $language: Language) {
    inviteUser(email: $email, role: $role, funder: $funder, language: $language) { ${USER_FIELDS} } }`;

  async function invite(who: string, variables: Record<string, unknown>): Promise<UserRow> {
    const body = await ask<{ inviteUser: UserRow }>(who, INVITE, variables);
    expect(body.errors).toBeUndefined();
    return body.data?.inviteUser as UserRow;
  }

  async function userId(email: string): Promise<number> {
    const row = await sample.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The secret of the latest invitation mailed to `email` (no SMTP in tests: it waits in the outbox). */
  async function latestInvitation(email: string): Promise<string> {
    const mail = await sample.database.db
      .selectFrom('mail_outbox')
      .select('body')
      .where('recipient', '=', email)
      .where('kind', '=', 'invitation')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return /\/einladung#token=([A-Za-z0-9_-]{43})/.exec(mail.body)?.[1] as string;
  }

  async function invitationEmail(token: string): Promise<string | null> {
    const { body } = await sample.server.graphql<{ invitation: { email: string } | null }>(
      'query Invitation($token: String!) { invitation(token: $token) { email } }',
      { variables: { token } },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.invitation?.email ?? null;
  }

  async function auditRows(action: string, subjectId: number) {
    return sample.database.db
      .selectFrom('audit_log')
      .select(['user_id', 'actor', 'action', 'details'])
      .where('action', '=', action)
      .where('subject', '=', `user:${subjectId}`)
      .execute();
  }

  it('lists every user for an admin, the funder users only for a project lead', async () => {
    const all = await ask<{ users: UserRow[] }>('admin', `{ users { ${USER_FIELDS} } }`);
    expect(all.errors).toBeUndefined();
    const admin = all.data?.users.find((u) => u.email === 'admin@users.example');
    expect(admin).toMatchObject({ role: 'ADMIN', status: 'ACTIVE', language: 'DE', funder: null });
    expect(admin?.lastSignInAt).toEqual(expect.any(String));
    expect(all.data?.users.find((u) => u.email === 'telekom@users.example')?.funder).toEqual({
      key: 'telekom-stiftung',
    });
    const roles = new Set(all.data?.users.map((u) => u.role));
    expect(roles).toEqual(new Set(['ADMIN', 'PROJECT_LEAD', 'ANALYST', 'FUNDER']));

    const lead = await ask<{ users: UserRow[] }>('lead', '{ users { email role } }');
    expect(lead.data?.users.length).toBeGreaterThan(0);
    expect(new Set(lead.data?.users.map((u) => u.role))).toEqual(new Set(['FUNDER']));
  });

  it('refuses the list to analysts and funder users', async () => {
    await expectRefused('analyst', '{ users { id } }', {}, 'FORBIDDEN');
    await expectRefused('telekom', '{ users { id } }', {}, 'FORBIDDEN');
  });

  it('an admin invites any role; the user waits as INVITED, without a password, audited', async () => {
    const user = await invite('admin', {
      email: 'new.analyst@users.example',
      role: 'ANALYST',
      language: 'EN',
    });
    expect(user).toMatchObject({
      role: 'ANALYST',
      status: 'INVITED',
      language: 'EN',
      funder: null,
      lastSignInAt: null,
    });
    const stored = await sample.database.db
      .selectFrom('users')
      .select(['password_hash', 'invited_by', 'status'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    // The invitation link is mailed, valid for 72 hours.
    expect(await invitationEmail(await latestInvitation('new.analyst@users.example'))).toBe(
      'new.analyst@users.example',
    );
    const hours = (Date.parse(user.invitationExpiresAt as string) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    expect(stored).toEqual({
      password_hash: null,
      invited_by: await userId('admin@users.example'),
      status: 'invited',
    });
    const audit = await auditRows('user.invited', user.id);
    expect(audit).toEqual([
      {
        user_id: await userId('admin@users.example'),
        actor: 'admin@users.example',
        action: 'user.invited',
        details: { role: 'ANALYST', funder: null, language: 'en' },
      },
    ]);
  });

  it('a project lead invites funder users, and nothing else', async () => {
    const user = await invite('lead', {
      email: 'siemens.new@users.example',
      role: 'FUNDER',
      funder: 'siemens-stiftung',
    });
    expect(user).toMatchObject({
      role: 'FUNDER',
      status: 'INVITED',
      language: 'DE',
      funder: { key: 'siemens-stiftung' },
    });
    for (const role of ['ADMIN', 'PROJECT_LEAD', 'ANALYST'])
      await expectRefused(
        'lead',
        INVITE,
        { email: `lead.${role}@users.example`, role },
        'FORBIDDEN',
        'FUNDER_USERS_ONLY',
      );
    const none = await sample.database.db
      .selectFrom('users')
      .select('id')
      .where('email', 'like', 'lead.%')
      .execute();
    expect(none).toEqual([]);
  });

  it('analysts and funder users invite nobody', async () => {
    const variables = { email: 'x@users.example', role: 'FUNDER', funder: 'telekom-stiftung' };
    await expectRefused('analyst', INVITE, variables, 'FORBIDDEN');
    await expectRefused('telekom', INVITE, variables, 'FORBIDDEN');
  });

  it('refuses a taken e-mail (ignoring case), a bad one, and a role and funder that do not go together', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'ANALYST@users.example', role: 'ANALYST' }, 'EMAIL_TAKEN'],
      [{ email: 'no address', role: 'ANALYST' }, 'EMAIL_INVALID'],
      [{ email: 'f@users.example', role: 'FUNDER' }, 'FUNDER_REQUIRED'],
      [{ email: 'f@users.example', role: 'FUNDER', funder: 'nobody' }, 'UNKNOWN_FUNDER'],
      [{ email: 'a@users.example', role: 'ANALYST', funder: 'telekom-stiftung' }, 'FUNDER_NOT_ALLOWED'],
    ];
    for (const [variables, reason] of cases)
      await expectRefused('admin', INVITE, variables, 'BAD_USER_INPUT', reason);
  });

  const CHANGE = `mutation Change($userId: Int!, $role: Role!, $funder: String) {
    changeUserRole(userId: $userId, role: $role, funder: $funder) { ${USER_FIELDS} } }`;
  const DEACTIVATE = `mutation Deactivate($userId: Int!) { deactivateUser(userId: $userId) { ${USER_FIELDS} } }`;
  const REACTIVATE = `mutation Reactivate($userId: Int!) { reactivateUser(userId: $userId) { ${USER_FIELDS} } }`;
  const RESEND = `mutation Resend($userId: Int!) { resendInvitation(userId: $userId) { ${USER_FIELDS} } }`;

  it('only an admin changes roles, deactivates and reactivates', async () => {
    const target = await userId('victim@users.example');
    for (const who of ['lead', 'analyst', 'telekom']) {
      await expectRefused(who, CHANGE, { userId: target, role: 'ADMIN' }, 'FORBIDDEN');
      await expectRefused(who, DEACTIVATE, { userId: target }, 'FORBIDDEN');
      await expectRefused(who, REACTIVATE, { userId: target }, 'FORBIDDEN');
    }
    const row = await sample.database.db
      .selectFrom('users')
      .select(['role', 'status'])
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'analyst', status: 'active' });
  });

  it('nobody deactivates themselves or changes their own role', async () => {
    const admin = await userId('admin@users.example');
    await expectRefused('admin', DEACTIVATE, { userId: admin }, 'FORBIDDEN', 'OWN_ACCOUNT');
    await expectRefused('admin', CHANGE, { userId: admin, role: 'ANALYST' }, 'FORBIDDEN', 'OWN_ACCOUNT');
  });

  it('answers an unknown user with NOT_FOUND', async () => {
    await expectRefused('admin', DEACTIVATE, { userId: 999_999 }, 'NOT_FOUND', 'UNKNOWN_USER');
  });

  it("changes a role with its funder, ends the user's sessions, and audits from and to", async () => {
    const target = await userId('promoted@users.example');
    const token = await sample.server.login('promoted@users.example', 'correct horse battery staple');
    const body = await ask<{ changeUserRole: UserRow }>('admin', CHANGE, {
      userId: target,
      role: 'FUNDER',
      funder: 'telekom-stiftung',
    });
    expect(body.data?.changeUserRole).toMatchObject({ role: 'FUNDER', funder: { key: 'telekom-stiftung' } });
    const open = await sample.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', target)
      .where('revoked_at', 'is', null)
      .execute();
    expect(open).toEqual([]);
    const next = await sample.server.graphql('{ viewer { email } }', { token });
    expect(next.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await auditRows('user.role_changed', target)).map((r) => r.details)).toEqual([
      { from: { role: 'ANALYST', funder: null }, to: { role: 'FUNDER', funder: 'telekom-stiftung' } },
    ]);
    await expectRefused(
      'admin',
      CHANGE,
      { userId: target, role: 'ANALYST', funder: 'telekom-stiftung' },
      'BAD_USER_INPUT',
      'FUNDER_NOT_ALLOWED',
    );
  });

  it("deactivation refuses the user's open session on its next request; reactivation lets them in again", async () => {
    const target = await userId('victim@users.example');
    const token = await sample.server.login('victim@users.example', 'correct horse battery staple');
    expect((await sample.server.graphql('{ viewer { email } }', { token })).body.data).toEqual({
      viewer: { email: 'victim@users.example' },
    });
    const deactivated = await ask<{ deactivateUser: UserRow }>('admin', DEACTIVATE, { userId: target });
    expect(deactivated.data?.deactivateUser.status).toBe('DEACTIVATED');
    const next = await sample.server.graphql('{ viewer { email } }', { token });
    expect(next.body.data ?? null).toBeNull();
    expect(next.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // A deactivated user cannot sign in again either.
    await expect(sample.server.login('victim@users.example', 'correct horse battery staple')).rejects.toThrow(
      /failed/,
    );

    const again = await ask<{ reactivateUser: UserRow }>('admin', REACTIVATE, { userId: target });
    expect(again.data?.reactivateUser.status).toBe('ACTIVE');
    expect(await sample.server.login('victim@users.example', 'correct horse battery staple')).toEqual(
      expect.any(String),
    );
    expect((await auditRows('user.deactivated', target)).length).toBe(1);
    expect((await auditRows('user.reactivated', target)).map((r) => r.details)).toEqual([
      { status: 'ACTIVE' },
    ]);
  });

  it('an invited user deactivated before accepting comes back as INVITED', async () => {
    const user = await invite('admin', { email: 'wrong.address@users.example', role: 'ANALYST' });
    const link = await latestInvitation('wrong.address@users.example');
    const off = await ask<{ deactivateUser: UserRow }>('admin', DEACTIVATE, { userId: user.id });
    expect(off.data?.deactivateUser).toMatchObject({ status: 'DEACTIVATED', invitationExpiresAt: null });
    const back = await ask<{ reactivateUser: UserRow }>('admin', REACTIVATE, { userId: user.id });
    expect(back.data?.reactivateUser.status).toBe('INVITED');
    // The link mailed before the deactivation stays dead: a new invitation is needed.
    expect(await invitationEmail(link)).toBeNull();
    expect(back.data?.reactivateUser.invitationExpiresAt).not.toBeNull();
    expect(Date.parse(back.data?.reactivateUser.invitationExpiresAt as string)).toBeLessThanOrEqual(
      Date.now(),
    );
  });

  it('resends invitations: a project lead for funder users only, and only to users still invited', async () => {
    const funderUser = await invite('admin', {
      email: 'resend.funder@users.example',
      role: 'FUNDER',
      funder: 'telekom-stiftung',
    });
    const analyst = await invite('admin', { email: 'resend.analyst@users.example', role: 'ANALYST' });
    const first = await latestInvitation('resend.funder@users.example');
    const resent = await ask<{ resendInvitation: UserRow }>('lead', RESEND, { userId: funderUser.id });
    expect(resent.errors).toBeUndefined();
    expect(resent.data?.resendInvitation.status).toBe('INVITED');
    // A new link; the first one stops working.
    const second = await latestInvitation('resend.funder@users.example');
    expect(second).not.toBe(first);
    expect(await invitationEmail(first)).toBeNull();
    expect(await invitationEmail(second)).toBe('resend.funder@users.example');
    expect((await auditRows('user.invitation_resent', funderUser.id)).map((r) => r.actor)).toEqual([
      'lead@users.example',
    ]);
    await expectRefused('lead', RESEND, { userId: analyst.id }, 'FORBIDDEN', 'FUNDER_USERS_ONLY');
    await expectRefused(
      'admin',
      RESEND,
      { userId: await userId('analyst@users.example') },
      'BAD_USER_INPUT',
      'NOT_INVITED',
    );
    await expectRefused('analyst', RESEND, { userId: funderUser.id }, 'FORBIDDEN');
  });

  it('keeps one active admin when two admins deactivate each other at the same moment', async () => {
    const first = await sample.server.graphql<{ inviteUser: UserRow }>(INVITE, {
      token: sample.tokens.admin,
      variables: { email: 'second.admin@users.example', role: 'ADMIN' },
    });
    const second = first.body.data?.inviteUser as UserRow;
    // Give the second admin a password directly: accepting invitations is the accounts' own test.
    await sample.database.db
      .updateTable('users')
      .set({
        status: 'active',
        password_hash: (
          await sample.database.db
            .selectFrom('users')
            .select('password_hash')
            .where('email', '=', 'admin@users.example')
            .executeTakeFirstOrThrow()
        ).password_hash,
      })
      .where('id', '=', second.id)
      .execute();
    const secondToken = await sample.server.login(
      'second.admin@users.example',
      'correct horse battery staple',
    );
    const admin = await userId('admin@users.example');
    const answers = await Promise.all([
      sample.server.graphql(DEACTIVATE, { token: sample.tokens.admin, variables: { userId: second.id } }),
      sample.server.graphql(DEACTIVATE, { token: secondToken, variables: { userId: admin } }),
    ]);
    const succeeded = answers.filter((a) => a.body.errors === undefined);
    expect(succeeded.length).toBeLessThanOrEqual(1);
    const active = await sample.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('status', '=', 'active')
      .execute();
    expect(active.length).toBeGreaterThanOrEqual(1);
    // Leave the suite's admin signed in and active for the tests after this one.
    if (!active.some((a) => a.id === admin)) {
      await sample.database.db
        .updateTable('users')
        .set({ status: 'active' })
        .where('id', '=', admin)
        .execute();
      sample.tokens.admin = await sample.server.login('admin@users.example', 'correct horse battery staple');
    }
  });
});
