import { CAPABILITY_NAMES, type Capability, can, capabilitiesOf, ROLES, type Role } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';

/**
 * One request per capability that only the capability's roles may make, so that walking the
 * table proves the API enforces it; null where the API has nothing of its own to guard.
 */
const GUARDED: Record<Capability, string | null> = {
  readMetrics: '{ reach { multipliers } }',
  // The funder test user is Telekom's: another funder's scope is not its to read.
  readEveryScope: '{ reach(scope: { funder: "siemens-stiftung" }) { multipliers } }',
  readPseudonymisedRows: '{ networks { key } }',
  readPersonalData: '{ participants(first: 1) { nodes { displayName } } }',
  importData: '{ importBatches(first: 1) { totalCount } }',
  generateReports:
    'mutation { generateFunderReport(funder: "telekom-stiftung", from: "2025-01-01", to: "2025-12-31") { id } }',
  readReports: '{ reports { id } }',
  // GraphiQL reads the schema; nobody else may (app/introspection.plugin.ts).
  useGraphiql: '{ __schema { queryType { name } } }',
  managePersons: '{ personExport(key: "P0001") { key } }',
  inviteFunderUsers: '{ users { id } }',
  manageUsers: 'mutation { deactivateUser(userId: 999999) { id } }',
  readAuditLog: '{ auditLog(first: 1) { totalCount } }',
  enterOwnEntries: '{ myGoals { key } }',
  followEntries: '{ entryCompleteness(cohort: "2024-25") { cohortKey } }',
};

/** The test user of each role. */
const USER_OF: Record<Role, string> = {
  ADMIN: 'admin',
  PROJECT_LEAD: 'lead',
  ANALYST: 'analyst',
  FUNDER: 'telekom',
  PARTICIPANT: 'coordinator',
};

// The privacy rules over HTTP: every denial gets its code and no data at all.
describe.each(testDatabases())('denials over HTTP on $kind', (factory) => {
  const sample = useSampleServer(
    factory,
    [
      { name: 'admin', role: 'admin', funderKey: null },
      { name: 'analyst', role: 'analyst', funderKey: null },
      { name: 'lead', role: 'project_lead', funderKey: null },
      { name: 'telekom', role: 'funder', funderKey: 'telekom-stiftung' },
      { name: 'siemens', role: 'funder', funderKey: 'siemens-stiftung' },
      { name: 'coordinator', role: 'participant', funderKey: null, participantKey: 'P0002' },
    ],
    'denials.example',
  );
  const tokens = sample.tokens;

  async function expectDenied(
    query: string,
    token: string | undefined,
    code: string,
    variables?: Record<string, unknown>,
  ) {
    const { body } = await sample.server.graphql(query, { token, variables });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(body.data ?? null).toBeNull();
  }

  it('refuses each capability to the roles the table leaves out, and only to them', async () => {
    let denials = 0;
    for (const capability of CAPABILITY_NAMES) {
      const query = GUARDED[capability];
      if (query === null) continue;
      for (const role of ROLES) {
        const token = tokens[USER_OF[role]];
        if (!can(role, capability)) {
          await expectDenied(query, token, 'FORBIDDEN');
          denials++;
        } else if (!query.startsWith('mutation')) {
          // Mutations change data: their allowed roles are tested where they are written.
          const { body } = await sample.server.graphql(query, { token });
          expect(body.errors?.map((e) => e.extensions?.code) ?? [], `${role} ${capability}`).not.toContain(
            'FORBIDDEN',
          );
        }
      }
    }
    expect(denials).toBeGreaterThan(0);
  });

  it('refuses the import upload to the roles without importData, before reading the upload', async () => {
    for (const role of ROLES.filter((r) => !can(r, 'importData'))) {
      const response = await fetch(`${sample.server.base}/api/imports?dryRun=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[USER_OF[role]]}` },
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        errors: [{ message: expect.stringMatching(/may do this$/), extensions: { code: 'FORBIDDEN' } }],
      });
    }
  });

  it('tells each role what it may do: viewer { can } is the table', async () => {
    for (const role of ROLES) {
      const { body } = await sample.server.graphql<{ viewer: { can: Record<Capability, boolean> } }>(
        `{ viewer { can { ${CAPABILITY_NAMES.join(' ')} } } }`,
        { token: tokens[USER_OF[role]] },
      );
      expect(body.data?.viewer.can, role).toEqual(capabilitiesOf(role));
    }
  });

  it("a funder asking for another funder's scope", async () => {
    await expectDenied(
      '{ reach(scope: { funder: "aqtivator" }) { multipliers } }',
      tokens.telekom,
      'FORBIDDEN',
    );
  });

  it('a funder asking for states outside its lines, or a cohort it does not fund', async () => {
    await expectDenied(
      '{ goalAttainment(scope: { states: ["DE-BY"] }) { goals } }',
      tokens.telekom,
      'FORBIDDEN',
    );
    await expectDenied(
      '{ cohortFunnel(scope: { cohorts: ["2023-24"] }) { enrolled } }',
      tokens.telekom,
      'FORBIDDEN',
    );
  });

  it('a funder narrowing to a state inside its lines, or to an as-of date, outside its query space', async () => {
    for (const scope of ['{ states: ["DE-BY"] }', '{ to: "2026-11-01" }']) {
      const { body } = await sample.server.graphql(`{ reach(scope: ${scope}) { multipliers suppressed } }`, {
        token: tokens.siemens,
      });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/send no states|since the start/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('a funder asking for the survey waves (their response counts are no part of its release)', async () => {
    await expectDenied('{ waves { cohort wave } }', tokens.siemens, 'FORBIDDEN');
  });

  it('an analyst asking for names or e-mails', async () => {
    await expectDenied(
      '{ participants(first: 5) { nodes { key displayName } } }',
      tokens.analyst,
      'FORBIDDEN',
    );
    await expectDenied(
      'query { participants { ...p } } fragment p on ParticipantConnection { nodes { email } }',
      tokens.analyst,
      'FORBIDDEN',
    );
  });

  it('an analyst gets pseudonymous keys; a project lead gets names', async () => {
    const analyst = await sample.server.graphql<{ participants: { nodes: Array<{ key: string }> } }>(
      '{ participants(first: 2) { nodes { key state } } }',
      { token: tokens.analyst },
    );
    expect(analyst.body.data?.participants.nodes.map((n) => n.key)).toEqual(['P0001', 'P0002']);
    const lead = await sample.server.graphql<{ participants: { nodes: Array<{ displayName: string }> } }>(
      '{ participants(first: 1) { nodes { displayName } } }',
      { token: tokens.lead },
    );
    expect(lead.body.data?.participants.nodes[0]?.displayName).toBe('Miriam Yilmaz');
  });

  it('a funder asking for a list of people', async () => {
    await expectDenied('{ participants { nodes { key } } }', tokens.telekom, 'FORBIDDEN');
  });

  it('a funder asking for networks or initiatives (outside its release)', async () => {
    await expectDenied('{ networks { key name participants } }', tokens.telekom, 'FORBIDDEN');
    await expectDenied('{ networks(state: "DE-NW") { key } }', tokens.siemens, 'FORBIDDEN');
    await expectDenied(
      '{ initiatives(first: 5) { nodes { key network } totalCount } }',
      tokens.telekom,
      'FORBIDDEN',
    );
    // Next to an allowed query the whole request is refused, not answered in part.
    await expectDenied('{ reach { suppressed } networks { key } }', tokens.telekom, 'FORBIDDEN');
  });

  it('an analyst gets networks and initiatives, and no small network next to a key', async () => {
    const { body } = await sample.server.graphql<{
      networks: Array<{ key: string; participants: number }>;
      initiatives: { totalCount: number };
      participants: { nodes: Array<{ key: string; network: string | null; state: string | null }> };
    }>(
      '{ networks { key participants } initiatives(first: 1) { totalCount } participants(first: 100) { nodes { key network state } } }',
      {
        token: tokens.analyst,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.networks).toHaveLength(28);
    expect(body.data?.initiatives.totalCount).toBe(216);
    const sizes = new Map(body.data?.networks.map((n) => [n.key, n.participants]));
    const nodes = body.data?.participants.nodes ?? [];
    expect(nodes.find((n) => n.key === 'P0001')).toEqual({ key: 'P0001', network: null, state: null });
    for (const node of nodes)
      if (node.network !== null) expect(sizes.get(node.network)).toBeGreaterThanOrEqual(5);
  });

  it('anyone asking without a token', async () => {
    await expectDenied('{ reach { multipliers } }', undefined, 'UNAUTHENTICATED');
  });

  it('unknown cohorts and states are BAD_USER_INPUT, not an empty result', async () => {
    await expectDenied(
      '{ reach(scope: { cohorts: ["2019-20"] }) { multipliers } }',
      tokens.analyst,
      'BAD_USER_INPUT',
    );
    await expectDenied(
      '{ reach(scope: { states: ["DE-XX"] }) { multipliers } }',
      tokens.analyst,
      'BAD_USER_INPUT',
    );
    await expectDenied(
      'query($to: Date) { reach(scope: { to: $to }) { multipliers } }',
      tokens.analyst,
      'BAD_USER_INPUT',
      {
        to: '2026-02-30',
      },
    );
  });
});
