import type { ReportSnapshot } from '@mintq/contract';
import { type GraphQLObjectType, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';
import { buildAppSchema } from './print-schema.js';

const FIXTURE_DIST = new URL('../reports/test-fixtures/', import.meta.url).pathname;

/**
 * Where `value` and the GraphQL object type disagree, as `path: …` lines: a key the type lacks
 * (a number that leaves the house without a field), or a field the value lacks. Recurses into
 * object and list fields.
 */
function disagreements(value: unknown, type: GraphQLObjectType, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => disagreements(v, type, `${path}[${i}]`));
  if (value === null) return [];
  const object = value as Record<string, unknown>;
  const fields = type.getFields();
  const problems = [
    ...Object.keys(object)
      .filter((k) => !(k in fields))
      .map((k) => `${path}.${k}: not a field of GraphQL ${type.name}`),
    ...Object.keys(fields)
      .filter((k) => !(k in object))
      .map((k) => `${path}.${k}: GraphQL ${type.name} has it, the value does not`),
  ];
  for (const [name, field] of Object.entries(fields)) {
    const named = getNamedType(field.type);
    if (isObjectType(named) && name in object)
      problems.push(...disagreements(object[name], named, `${path}.${name}`));
  }
  return problems;
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`GraphQL has no object type ${name}`);
  return type;
}

describe('disagreements', () => {
  it('names an extra key, a missing field and a nested difference', async () => {
    const schema = await buildAppSchema();
    const reach = objectType(schema, 'StateReach');
    const row = { state: 'DE-BY', networks: 3, networksReached: 1, initiativesReached: 2, multipliers: null };
    expect(disagreements({ ...row, suppressed: false }, reach, '$')).toEqual([]);
    expect(disagreements({ ...row, people: 4 }, reach, '$')).toEqual([
      '$.people: not a field of GraphQL StateReach',
      '$.suppressed: GraphQL StateReach has it, the value does not',
    ]);
  });
});

// The shapes do not depend on the database kind: one is enough.
const [factory] = testDatabases();

describe('a stored report against the GraphQL schema', () => {
  vi.stubEnv('MINTQ_REPORT_DIST', FIXTURE_DIST);
  if (!factory) throw new Error('no test database');
  const sample = useSampleServer(factory, [{ name: 'lead', role: 'project_lead', funderKey: null }]);
  let snapshot: ReportSnapshot;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const token = sample.tokens.lead;
    const { body } = await sample.server.graphql<{ generateFunderReport: { jsonUrl: string } }>(
      `mutation { generateFunderReport(funder: "telekom-stiftung", from: "2025-01-01", to: "2025-12-31") { jsonUrl } }`,
      { token },
    );
    const jsonUrl = body.data?.generateFunderReport.jsonUrl;
    const response = await fetch(`${sample.server.base}${jsonUrl}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    snapshot = (await response.json()) as ReportSnapshot;
    schema = await buildAppSchema();
  }, 180_000);
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('holds every metric in exactly the fields GraphQL serves, and no hidden count', () => {
    const { content } = snapshot;
    expect(content.surveys.length).toBeGreaterThan(0);
    expect(content.events.length).toBeGreaterThan(0);
    expect([
      ...disagreements(content.reach, objectType(schema, 'Reach'), 'reach'),
      ...disagreements(content.funnel, objectType(schema, 'CohortFunnel'), 'funnel'),
      ...disagreements(content.goals, objectType(schema, 'GoalAttainment'), 'goals'),
      ...content.surveys.flatMap((s, i) =>
        disagreements(s.outcomes, objectType(schema, 'SurveyOutcomes'), `surveys[${i}].outcomes`),
      ),
      ...content.events.flatMap((e, i) =>
        disagreements(e.feedback, objectType(schema, 'EventFeedback'), `events[${i}].feedback`),
      ),
    ]).toEqual([]);
  });
});
