import { AUDIT_ACTIONS } from '@mintq/contract';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';

interface Entry {
  id: string;
  at: string;
  action: string;
  actor: string | null;
  subject: string | null;
  details: string;
}
interface Page {
  nodes: Entry[];
  totalCount: number;
  endCursor: string | null;
}

const AUDIT = `query Audit($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { nodes { id at action actor subject details } totalCount endCursor } }`;

/** The audit CSV's cells: `;`-separated, RFC 4180 quotes, CRLF line ends, read by the importer's parser. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n'), 'the file ends with a line end').toBe(true);
  return parse(text, { delimiter: ';', record_delimiter: '\r\n', relax_column_count: false });
}

// The audit log and the mail outbox over HTTP, with the CSV read back against the query.
describe.each(testDatabases())('audit log on $kind', (factory) => {
  const sample = useSampleServer(
    factory,
    [
      { name: 'admin', role: 'admin', funderKey: null },
      { name: 'lead', role: 'project_lead', funderKey: null },
      { name: 'analyst', role: 'analyst', funderKey: null },
      { name: 'telekom', role: 'funder', funderKey: 'telekom-stiftung' },
    ],
    'audit.example',
  );

  async function page(variables: Record<string, unknown>, who = 'admin') {
    const { body } = await sample.server.graphql<{ auditLog: Page }>(AUDIT, {
      token: sample.tokens[who],
      variables,
    });
    return body;
  }

  async function all(filter: Record<string, unknown> = {}): Promise<Entry[]> {
    const body = await page({ filter, first: 500 });
    expect(body.errors).toBeUndefined();
    expect(body.data?.auditLog.endCursor).toBeNull();
    return body.data?.auditLog.nodes ?? [];
  }

  function csv(query: string, who: string | null = 'admin') {
    return fetch(`${sample.server.base}/api/audit.csv${query}`, {
      headers: who ? { authorization: `Bearer ${sample.tokens[who]}` } : {},
    });
  }

  it('refuses the log, the outbox and the CSV to everyone but admins', async () => {
    for (const who of ['lead', 'analyst', 'telekom']) {
      const body = await page({ first: 5 }, who);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const outbox = await sample.server.graphql('{ mailOutbox { id body } }', { token: sample.tokens[who] });
      expect(outbox.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const response = await csv('', who);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toMatch(/login\.|audit\.example/);
    }
    expect((await csv('', null)).status).toBe(401);
  });

  it('shows sign-ins and user changes, newest first, with the actor and the affected user by e-mail', async () => {
    await expect(sample.server.login('lead@audit.example', 'wrong password')).rejects.toThrow();
    const invited = await sample.server.graphql<{ inviteUser: { id: number } }>(
      'mutation { inviteUser(email: "Invited@audit.example", role: FUNDER, funder: "telekom-stiftung") { id } }',
      { token: sample.tokens.lead },
    );
    expect(invited.body.errors).toBeUndefined();
    const entries = await all();
    const ids = entries.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(entries[0]).toMatchObject({
      action: 'user.invited',
      actor: 'lead@audit.example',
      subject: 'Invited@audit.example',
    });
    expect(JSON.parse((entries[0] as Entry).details)).toMatchObject({
      role: 'FUNDER',
      funder: 'telekom-stiftung',
    });
    expect(entries.find((e) => e.action === 'login.failed')).toMatchObject({ actor: 'lead@audit.example' });
    expect(entries.filter((e) => e.action === 'login.succeeded').length).toBeGreaterThanOrEqual(4);
    // The dashboard's filter offers the contract's list: every action written is on it.
    expect(entries.filter((e) => !(AUDIT_ACTIONS as readonly string[]).includes(e.action))).toEqual([]);
    // Never a password in the log.
    expect(entries.map((e) => e.details).join('\n')).not.toMatch(/correct horse|wrong password/);
  });

  it('filters by actions, by part of an e-mail (either side, any case), and by Berlin calendar days', async () => {
    const logins = await all({ actions: ['login.failed', 'user.invited'] });
    expect(new Set(logins.map((e) => e.action))).toEqual(new Set(['login.failed', 'user.invited']));

    const byUser = await all({ user: 'INVITED@' });
    expect(byUser.map((e) => e.action)).toEqual(['user.invited']);
    const byLead = await all({ user: 'lead@audit' });
    expect(byLead.length).toBeGreaterThan(1);
    expect(byLead.every((e) => e.actor === 'lead@audit.example' || e.subject === 'lead@audit.example')).toBe(
      true,
    );

    // 23:30 UTC on 10 January is 00:30 on 11 January in Berlin.
    const admin = await sample.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'admin@audit.example')
      .executeTakeFirstOrThrow();
    await sample.database.db
      .insertInto('audit_log')
      .values({
        at: '2026-01-10T23:30:00Z',
        user_id: admin.id,
        actor: 'admin@audit.example',
        action: 'person.exported',
        subject: '=HYPERLINK("http://evil.example")',
        details: '{}',
      })
      .execute();
    expect((await all({ from: '2026-01-11', to: '2026-01-11' })).map((e) => e.at)).toEqual([
      '2026-01-10T23:30:00.000Z',
    ]);
    expect(await all({ from: '2026-01-10', to: '2026-01-10' })).toEqual([]);
    expect((await all({ to: '2026-01-11' })).length).toBe(1);
    expect((await all({ from: '2026-01-12' })).some((e) => e.action === 'person.exported')).toBe(false);

    const reversed = await page({ filter: { from: '2026-02-01', to: '2026-01-01' } });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PERIOD_REVERSED',
    });
  });

  it('pages by cursor without gaps or overlaps, with the total on every page', async () => {
    const everything = await all();
    const seen: Entry[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const body = await page({ first: 3, after });
      expect(body.data?.auditLog.totalCount).toBe(everything.length);
      seen.push(...(body.data?.auditLog.nodes ?? []));
      after = body.data?.auditLog.endCursor ?? null;
      if (after === null) break;
    }
    expect(seen).toEqual(everything);
    for (const bad of ['nonsense', Buffer.from('1; drop table users').toString('base64url')]) {
      const body = await page({ first: 3, after: bad });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    const tooMany = await page({ first: 501 });
    expect(tooMany.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('writes the CSV the query answers: same rows, same filter, German or English header, BOM, semicolons', async () => {
    const response = await csv('');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('protokoll.csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8').decode(bytes));
    expect(header).toEqual(['Zeitpunkt', 'Aktion', 'Person', 'Betrifft', 'Details']);
    const expected = (await all()).map((e) => [
      e.at,
      e.action,
      e.actor ?? '',
      // A cell a spreadsheet would run as a formula is written as text.
      e.subject?.startsWith('=') ? `'${e.subject}` : (e.subject ?? ''),
      e.details,
    ]);
    expect(rows).toEqual(expected);
    expect(rows.some((r) => r[3]?.startsWith(`'=HYPERLINK`))).toBe(true);

    const filtered = await csv(
      '?action=login.failed&action=user.invited&user=audit.example&from=2026-01-01&lang=en',
    );
    const [enHeader, ...enRows] = parseCsv((await filtered.text()).replace(/^\uFEFF/, ''));
    expect(enHeader).toEqual(['Time', 'Action', 'Actor', 'Subject', 'Details']);
    const query = await all({
      actions: ['login.failed', 'user.invited'],
      user: 'audit.example',
      from: '2026-01-01',
    });
    expect(query.length).toBeGreaterThan(0);
    expect(enRows.map((r) => r[0])).toEqual(query.map((e) => e.at));
  });

  it('refuses a CSV filter it cannot read, with a reason', async () => {
    const bad = await csv('?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_INVALID', params: { field: 'from' } } }],
    });
    expect((await csv('?lang=fr')).status).toBe(400);
    expect((await csv('?user=a&user=b')).status).toBe(400);
  });

  it('lists the mail outbox newest first', async () => {
    await sample.database.db
      .insertInto('mail_outbox')
      .values([
        { kind: 'invitation', recipient: 'a@audit.example', subject: 'Einladung', body: 'first' },
        {
          kind: 'password_reset',
          recipient: 'b@audit.example',
          subject: 'Passwort',
          body: 'second',
          error: 'refused',
        },
      ])
      .execute();
    const { body } = await sample.server.graphql<{
      mailOutbox: {
        kind: string;
        recipient: string;
        body: string;
        sentAt: string | null;
        error: string | null;
      }[];
    }>('{ mailOutbox(first: 2) { kind recipient body sentAt error createdAt } }', {
      token: sample.tokens.admin,
    });
    expect(body.data?.mailOutbox).toEqual([
      expect.objectContaining({ kind: 'password_reset', body: 'second', sentAt: null, error: 'refused' }),
      expect.objectContaining({
        kind: 'invitation',
        recipient: 'a@audit.example',
        body: 'first',
        error: null,
      }),
    ]);
  });
});
