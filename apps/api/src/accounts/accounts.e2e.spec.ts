import type { MailLanguage } from '@mintq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../common/free-port.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { createLogger } from '../logging/logger.js';
import { MailService } from '../mail/mail.service.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import { type SmtpCapture, startSmtpCapture } from '../test-support/smtp-capture.js';
import { testDatabases } from '../test-support/test-databases.js';
import { createTestUser, startTestServer, type TestServer } from '../test-support/test-server.js';
import { AccountLinks, RESET_MAILS_PER_HOUR } from './account-links.service.js';

const PUBLIC_URL = 'https://mintq.example.org';
const GOOD_PASSWORD = 'ein langer Satz als Passwort';
const SESSION = 'token viewer { email role funder { key } }';
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { ${SESSION} } }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { ${SESSION} } }`;
const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const INVITATION = 'query($t: String!) { invitation(token: $t) { email expiresAt } }';
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${SESSION} } }`;

/** The secret of a mailed link: the fragment's `token`. */
function secretIn(text: string, page: string): string {
  const match = new RegExp(`${PUBLIC_URL}${page}#token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${page} link in:\n${text}`);
  return match[1];
}

/** A log that keeps its lines, to show what reaches the log collector. */
function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(line) }) };
}

describe.each(testDatabases())('accounts and e-mail on $kind', ({ create }) => {
  let database: Database;
  let smtp: SmtpCapture;
  let server: TestServer;
  let outboxOnly: TestServer;
  let outboxLog: string[];
  let admin: { id: number; email: string; password: string };

  const reasonOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    body.errors?.[0]?.extensions?.reason;

  /** The user's audit entries of one action, oldest first. */
  const auditOf = (userId: number, action: string) =>
    database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('user_id', '=', userId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  async function invitedUser(email: string, options: { language?: MailLanguage; funder?: boolean } = {}) {
    const funder = options.funder
      ? await database.db
          .selectFrom('funders')
          .select('id')
          .where('key', '=', 'telekom-stiftung')
          .executeTakeFirstOrThrow()
      : undefined;
    return database.db
      .insertInto('users')
      .values({
        email,
        role: funder ? 'funder' : 'analyst',
        funder_id: funder?.id ?? null,
        password_hash: null,
        status: 'invited',
        invited_by: admin.id,
        language: options.language ?? 'de',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  beforeAll(async () => {
    database = await create();
    await database.db
      .insertInto('funders')
      .values({ key: 'telekom-stiftung', name: 'Deutsche Telekom Stiftung', kind: 'foundation' })
      .execute();
    admin = await createTestUser(database.db, { email: 'admin@mintq.example', role: 'admin' });
    smtp = await startSmtpCapture({ auth: { user: 'mintq', pass: 'smtp secret' } });
    server = await startTestServer(database, {
      MINTQ_SMTP_URL: smtp.url,
      MINTQ_MAIL_FROM: 'mintq <mintq@stiftung.example>',
      MINTQ_PUBLIC_URL: `${PUBLIC_URL}/`,
    });
    const log = capturedLogger();
    outboxLog = log.lines;
    outboxOnly = await startTestServer(database, { MINTQ_PUBLIC_URL: PUBLIC_URL }, { logger: log.logger });
  });
  afterAll(async () => {
    await server?.close();
    await outboxOnly?.close();
    await smtp?.close();
    await database?.close();
  });

  it('mails an invitation over SMTP whose link sets the password once, and signs in with the funder scope', async () => {
    const user = await invitedUser('lea@stiftung.example', { funder: true });
    await server.app.get(AccountLinks).sendInvitation(user.id, { invitedBy: admin.id });

    const mail = await smtp.waitForMail('lea@stiftung.example');
    expect(mail.from).toBe('mintq@stiftung.example');
    expect(mail.subject).toBe('Einladung zu mintq');
    expect(mail.text).toContain('admin@mintq.example lädt Sie zu mintq ein');
    expect(mail.text).toContain('Ihre Rolle: Förderer (Deutsche Telekom Stiftung)');
    expect(mail.text).toMatch(/Der Link gilt bis \d{1,2}\. \p{L}+ \d{4} um \d{2}:\d{2} Uhr/u);
    const secret = secretIn(mail.text, '/einladung');

    // The outbox keeps the delivered mail, but not a link that works; the database only the hash.
    const row = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('recipient', '=', 'lea@stiftung.example')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'invitation', subject: 'Einladung zu mintq', error: null });
    expect(row.sent_at).not.toBeNull();
    expect(row.body).not.toContain(secret);
    const stored = JSON.stringify(await database.db.selectFrom('user_tokens').selectAll().execute());
    expect(stored).not.toContain(secret);

    const info = await server.graphql<{ invitation: { email: string; expiresAt: string } }>(INVITATION, {
      variables: { t: secret },
    });
    expect(info.body.data?.invitation.email).toBe('lea@stiftung.example');
    const hours = (Date.parse(info.body.data?.invitation.expiresAt ?? '') - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    // A refused password leaves the link working.
    const weak = await server.graphql(ACCEPT, { variables: { t: secret, p: 'password12345678' } });
    expect(weak.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_COMMON',
      params: {},
    });
    const short = await server.graphql(ACCEPT, { variables: { t: secret, p: 'zu kurz' } });
    expect(short.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'PASSWORD_TOO_SHORT',
      params: { min: 15 },
    });

    const accepted = await server.graphql<{ acceptInvitation: { token: string; viewer: unknown } }>(ACCEPT, {
      variables: { t: secret, p: GOOD_PASSWORD },
    });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.acceptInvitation.viewer).toEqual({
      email: 'lea@stiftung.example',
      role: 'FUNDER',
      funder: { key: 'telekom-stiftung' },
    });
    const token = accepted.body.data?.acceptInvitation.token as string;
    expect((await server.graphql('{ viewer { email } }', { token })).body.data).toEqual({
      viewer: { email: 'lea@stiftung.example' },
    });
    expect(await server.login('lea@stiftung.example', GOOD_PASSWORD)).toBeTruthy();

    const again = await server.graphql(ACCEPT, { variables: { t: secret, p: 'noch ein langer Satz hier' } });
    expect(again.body.data ?? null).toBeNull();
    expect(again.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'LINK_INVALID',
      params: {},
    });
    expect((await server.graphql(INVITATION, { variables: { t: secret } })).body.data).toEqual({
      invitation: null,
    });

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('user_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'user.invitation_accepted',
      'login.succeeded',
      'login.succeeded',
    ]);
    const all = JSON.stringify(await database.db.selectFrom('audit_log').selectAll().execute());
    expect(all).not.toContain(secret);
    expect(all).not.toContain(GOOD_PASSWORD);
  });

  it('retires an invitation link when a new one is sent, in the language of the user', async () => {
    const user = await invitedUser('sam@example.org', { language: 'en' });
    const links = server.app.get(AccountLinks);
    await links.sendInvitation(user.id, { invitedBy: admin.id });
    const first = secretIn((await smtp.waitForMail('sam@example.org')).text, '/einladung');
    await links.sendInvitation(user.id, { invitedBy: admin.id });
    const second = await smtp.waitForMail('sam@example.org');
    expect(second.subject).toBe('Your invitation to mintq');
    expect(second.text).toContain('Your role: Analyst.');

    const old = await server.graphql(ACCEPT, { variables: { t: first, p: GOOD_PASSWORD } });
    expect(reasonOf(old.body)).toBe('LINK_INVALID');
    const now = await server.graphql(ACCEPT, {
      variables: { t: secretIn(second.text, '/einladung'), p: GOOD_PASSWORD },
    });
    expect(now.body.errors).toBeUndefined();
    // An active user gets no invitation any more.
    expect(await links.sendInvitation(user.id, { invitedBy: admin.id })).toBeNull();
  });

  it('refuses a link that is no link of ours, or of the other kind, alike', async () => {
    for (const t of ['', 'x'.repeat(43), 'a.b.c', 'x'.repeat(5000)]) {
      const { body } = await server.graphql(RESET, { variables: { t, p: GOOD_PASSWORD } });
      expect(body.errors?.[0]?.extensions, t.slice(0, 10)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'LINK_INVALID',
        params: {},
      });
    }
    const user = await invitedUser('kind@example.org');
    await server.app.get(AccountLinks).sendInvitation(user.id, { invitedBy: admin.id });
    const invitation = secretIn((await smtp.waitForMail('kind@example.org')).text, '/einladung');
    const asReset = await server.graphql(RESET, { variables: { t: invitation, p: GOOD_PASSWORD } });
    expect(reasonOf(asReset.body)).toBe('LINK_INVALID');
  });

  it('resets a forgotten password once and only once, ending the sessions that were open', async () => {
    const user = await createTestUser(database.db, { email: 'forgetful@example.org', role: 'analyst' });
    const open = await server.login(user.email, user.password);

    const unknown = await server.graphql(REQUEST_RESET, { variables: { e: 'nobody@example.org' } });
    expect(unknown.body).toEqual({ data: { requestPasswordReset: true } });
    const requested = await server.graphql(REQUEST_RESET, { variables: { e: ' Forgetful@Example.org ' } });
    expect(requested.body).toEqual({ data: { requestPasswordReset: true } });
    const mail = await smtp.waitForMail(user.email);
    expect(mail.subject).toBe('Passwort für mintq zurücksetzen');
    expect(mail.text).toContain('Der Link gilt eine Stunde');
    expect(mail.text).toContain('Waren Sie das nicht, ignorieren Sie diese Nachricht');
    const secret = secretIn(mail.text, '/passwort-zuruecksetzen');

    const reset = await server.graphql<{ resetPassword: { token: string } }>(RESET, {
      variables: { t: secret, p: GOOD_PASSWORD },
    });
    expect(reset.body.errors).toBeUndefined();
    const fresh = reset.body.data?.resetPassword.token as string;
    expect((await server.graphql('{ viewer { email } }', { token: fresh })).body.data).toBeTruthy();
    expect(reasonOf((await server.graphql('{ viewer { email } }', { token: open })).body)).toBe(
      'SESSION_ENDED',
    );

    const twice = await server.graphql(RESET, { variables: { t: secret, p: 'ganz anderer langer Satz' } });
    expect(reasonOf(twice.body)).toBe('LINK_INVALID');
    await expect(server.login(user.email, user.password)).rejects.toThrow(/login of/);
    expect(await server.login(user.email, GOOD_PASSWORD)).toBeTruthy();
    expect(smtp.mails.filter((m) => m.to.includes('nobody@example.org'))).toEqual([]);
  });

  it('refuses an expired reset link, and mails one account at most 3 resets an hour', async () => {
    const user = await createTestUser(database.db, { email: 'late@example.org', role: 'analyst' });
    await server.graphql(REQUEST_RESET, { variables: { e: user.email } });
    const secret = secretIn((await smtp.waitForMail(user.email)).text, '/passwort-zuruecksetzen');
    await database.db
      .updateTable('user_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    const expired = await server.graphql(RESET, { variables: { t: secret, p: GOOD_PASSWORD } });
    expect(reasonOf(expired.body)).toBe('LINK_INVALID');

    for (let i = 1; i < RESET_MAILS_PER_HOUR + 3; i++) {
      const { body } = await server.graphql(REQUEST_RESET, { variables: { e: user.email } });
      expect(body).toEqual({ data: { requestPasswordReset: true } });
    }
    for (let i = 1; i < RESET_MAILS_PER_HOUR; i++) await smtp.waitForMail(user.email);
    await expect(smtp.waitForMail(user.email, { timeoutMs: 1500 })).rejects.toThrow(/no mail/);
    const audit = await auditOf(user.id, 'user.password_reset_requested');
    expect(audit.map((a) => (a.details as { mailed: boolean }).mailed)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('keeps mails in the outbox without SMTP, and logs them without the link', async () => {
    const user = await createTestUser(database.db, { email: 'outbox@example.org', role: 'analyst' });
    await outboxOnly.graphql(REQUEST_RESET, { variables: { e: user.email } });
    await expect
      .poll(() => outboxLog.find((l) => l.includes('waits in the outbox')), { timeout: 5000 })
      .toBeTruthy();

    const row = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('recipient', '=', user.email)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'password_reset', sent_at: null, error: null });
    const secret = secretIn(row.body, '/passwort-zuruecksetzen');
    const line = outboxLog.find((l) => l.includes('waits in the outbox')) as string;
    expect(JSON.parse(line)).toMatchObject({ level: 30, mailId: row.id, kind: 'password_reset' });
    expect(outboxLog.join('\n')).not.toContain(secret);
    expect(outboxLog.join('\n')).not.toContain(user.email);
    expect(smtp.mails.some((m) => m.to.includes(user.email))).toBe(false);
    // The link an admin passes on works.
    const reset = await outboxOnly.graphql(RESET, { variables: { t: secret, p: GOOD_PASSWORD } });
    expect(reset.body.errors).toBeUndefined();
  });

  it('keeps a mail whose sending failed, with the error and the whole text, and logs without the link', async () => {
    const port = await freePort(); // nothing listens there: the connection is refused
    const { lines, logger } = capturedLogger();
    const config = readConfig({ MINTQ_SMTP_URL: `smtp://127.0.0.1:${port}` });
    const mail = new MailService(new MailOutboxRepository(database), config, logger);
    const link = `${PUBLIC_URL}/einladung#token=${'s'.repeat(43)}`;
    const sent = await mail.send({
      kind: 'invitation',
      to: 'unreachable@example.org',
      subject: 'Einladung zu mintq',
      body: `Bitte hier: ${link}`,
      secretLink: link,
    });
    expect(sent).toBe(false);
    const row = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('recipient', '=', 'unreachable@example.org')
      .executeTakeFirstOrThrow();
    expect(row.sent_at).toBeNull();
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    expect(row.body).toContain(link);
    expect(lines.join('\n')).toMatch(/mail could not be sent/);
    expect(lines.join('\n')).not.toContain('s'.repeat(43));
  });

  it('changes a password with the current one, ending every other session', async () => {
    const user = await createTestUser(database.db, { email: 'changer@example.org', role: 'analyst' });
    const token = await server.login(user.email, user.password);
    const other = await server.login(user.email, user.password);

    const wrong = await server.graphql(CHANGE, {
      variables: { c: 'not my password', n: GOOD_PASSWORD },
      token,
    });
    expect(wrong.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_PASSWORD',
      params: {},
    });
    const weak = await server.graphql(CHANGE, {
      variables: { c: user.password, n: 'changer@example.org' },
      token,
    });
    expect(reasonOf(weak.body)).toBe('PASSWORD_IS_EMAIL');
    const anonymous = await server.graphql(CHANGE, { variables: { c: user.password, n: GOOD_PASSWORD } });
    expect(reasonOf(anonymous.body)).toBe('SIGN_IN_FIRST');

    const changed = await server.graphql<{ changePassword: { token: string } }>(CHANGE, {
      variables: { c: user.password, n: GOOD_PASSWORD },
      token,
    });
    expect(changed.body.errors).toBeUndefined();
    const next = changed.body.data?.changePassword.token as string;
    expect((await server.graphql('{ viewer { email } }', { token: next })).body.data).toEqual({
      viewer: { email: user.email },
    });
    for (const ended of [token, other])
      expect(reasonOf((await server.graphql('{ viewer { email } }', { token: ended })).body)).toBe(
        'SESSION_ENDED',
      );
    await expect(server.login(user.email, user.password)).rejects.toThrow(/login of/);
    expect(await server.login(user.email, GOOD_PASSWORD)).toBeTruthy();
    expect(await auditOf(user.id, 'user.password_changed')).toHaveLength(1);
  });
});
