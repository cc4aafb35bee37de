import { GOLDEN_CASES, type GoldenCase, goldenScope } from './golden-cases.js';

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
