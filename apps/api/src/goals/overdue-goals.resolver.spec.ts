import { describe, expect, it } from 'vitest';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import type { OverdueGoalRow } from './overdue-goals.repository.js';

const QUERY = `query Overdue($scope: ScopeInput) {
  overdueGoals(scope: $scope) { goal participant displayName network cohort dueOn level lastCheckinOn }
  goalAttainment(scope: $scope) { overdue }
}`;

interface Answer {
  overdueGoals: OverdueGoalRow[];
  goalAttainment: { overdue: number | null };
}

// Who may read the list over HTTP: keys are pseudonymous, so analysts may; funders never.
describe.each(testDatabases())('overdueGoals over HTTP on $kind', (factory) => {
  const sample = useSampleServer(
    factory,
    [
      { name: 'admin', role: 'admin', funderKey: null },
      { name: 'lead', role: 'project_lead', funderKey: null },
      { name: 'analyst', role: 'analyst', funderKey: null },
      { name: 'funder', role: 'funder', funderKey: 'aqtivator' },
    ],
    'overdue.example',
  );
  const tokens = sample.tokens;

  it.each(['admin', 'lead', 'analyst'])(
    'answers %s with as many goals as goalAttainment.overdue',
    async (name) => {
      const { body } = await sample.server.graphql<Answer>(QUERY, {
        token: tokens[name],
        variables: { scope: { to: '2026-11-01' } },
      });
      expect(body.errors).toBeUndefined();
      const overdue = body.data?.goalAttainment.overdue ?? 0;
      expect(overdue).toBeGreaterThan(0);
      expect(body.data?.overdueGoals).toHaveLength(overdue);
      for (const row of body.data?.overdueGoals ?? []) {
        expect(row.participant).toMatch(/^P\d+$/);
        expect(row.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    },
  );

  // Project leads follow overdue goals up with the coordinator; analysts work pseudonymised.
  it.each([
    ['admin', true],
    ['lead', true],
    ['analyst', false],
  ])('gives %s the coordinators’ names and networks: %s', async (name, withNames) => {
    const { body } = await sample.server.graphql<Answer>(QUERY, {
      token: tokens[name],
      variables: { scope: { to: '2026-11-01' } },
    });
    expect(body.errors).toBeUndefined();
    const rows = body.data?.overdueGoals ?? [];
    expect(rows.length).toBeGreaterThan(0);
    const people = await sample.database.db
      .selectFrom('participants as p')
      .innerJoin('networks as n', 'n.id', 'p.network_id')
      .select(['p.key', 'p.display_name', 'n.name'])
      .where(
        'p.key',
        'in',
        rows.map((r) => r.participant),
      )
      .execute();
    const byKey = new Map(people.map((p) => [p.key, p]));
    for (const row of rows) {
      const person = byKey.get(row.participant);
      expect(row.displayName).toBe(withNames ? (person?.display_name ?? null) : null);
      expect(row.network).toBe(withNames ? (person?.name ?? null) : null);
    }
    if (withNames) expect(rows.some((r) => r.displayName !== null && r.network !== null)).toBe(true);
  });

  it('refuses funder users with FORBIDDEN and no data', async () => {
    const { body } = await sample.server.graphql(
      '{ overdueGoals(scope: { to: "2026-11-01" }) { goal participant displayName network } }',
      {
        token: tokens.funder,
      },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(body.data ?? null).toBeNull();
  });

  it('refuses callers without a session', async () => {
    const { body } = await sample.server.graphql('{ overdueGoals { goal } }');
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(body.data ?? null).toBeNull();
  });

  it('rejects an unknown cohort as BAD_USER_INPUT', async () => {
    const { body } = await sample.server.graphql(
      '{ overdueGoals(scope: { cohorts: ["1999-00"] }) { goal } }',
      {
        token: tokens.lead,
      },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
