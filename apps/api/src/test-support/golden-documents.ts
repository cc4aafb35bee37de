import { GOLDEN_CASES, type GoldenCase, goldenScope } from './golden-cases.js';
import type { GraphqlResponse, TestServer } from './test-server.js';

/** Merges the shapes of several expected values: every field any case shows gets selected. */
function mergeShape(shape: Record<string, unknown>, value: unknown): Record<string, unknown> {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item)) {
      const nested = Array.isArray(child) ? child : [child];
      const isObject = nested.some((c) => c !== null && typeof c === 'object');
      if (isObject) shape[key] = mergeShape((shape[key] as Record<string, unknown>) ?? {}, child);
      else shape[key] ??= true;
    }
  }
  return shape;
}

function selection(shape: Record<string, unknown>): string {
  return `{ ${Object.entries(shape)
    .map(([key, sub]) => (sub === true ? key : `${key} ${selection(sub as Record<string, unknown>)}`))
    .join(' ')} }`;
}

/** The GraphQL document of a case, asking for every field expected.json holds for that query. */
export function goldenDocument(golden: GoldenCase): string {
  const shape = GOLDEN_CASES.filter((c) => c.query === golden.query).reduce(
    (acc, c) => mergeShape(acc, c.expected),
    {} as Record<string, unknown>,
  );
  const fields = selection(shape);
  switch (golden.query) {
    case 'surveyOutcomes':
      return `query($scope: ScopeInput, $instrument: String!, $from: WaveKind, $to: WaveKind) {
        result: surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) ${fields} }`;
    case 'eventFeedback':
      return `query($scope: ScopeInput, $instrument: String!) { result: eventFeedback(instrument: $instrument, scope: $scope) ${fields} }`;
    default:
      return `query($scope: ScopeInput) { result: ${golden.query}(scope: $scope) ${fields} }`;
  }
}

/** The variables of a case's document. */
export function goldenVariables(golden: GoldenCase): Record<string, unknown> {
  return {
    scope: goldenScope(golden),
    instrument: golden.args?.instrument,
    from: golden.args?.from,
    to: golden.args?.to,
  };
}

/** Funders some case asks as, each needing a user of its own. */
export const GOLDEN_FUNDERS: readonly string[] = [
  ...new Set(GOLDEN_CASES.flatMap((c) => (c.funder ? [c.funder] : []))),
];

/**
 * Every golden case asked over HTTP as its role, each answer's body by case name. `tokens` holds
 * an admin's (`admin`) and one per golden funder (by funder key).
 */
export async function askGoldenCases(
  server: TestServer,
  tokens: Map<string, string>,
): Promise<Map<string, GraphqlResponse['body']>> {
  const bodies = new Map<string, GraphqlResponse['body']>();
  for (const golden of GOLDEN_CASES) {
    const token = tokens.get(golden.role === 'FUNDER' ? (golden.funder as string) : 'admin');
    const { body } = await server.graphql(goldenDocument(golden), {
      variables: goldenVariables(golden),
      token,
    });
    bodies.set(golden.name, body);
  }
  return bodies;
}
