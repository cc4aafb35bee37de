import type { Bundle } from './load-bundle.js';

/** A query scope as in `ScopeInput` (api-contract.graphql). */
export interface ScopeInput {
  cohorts?: string[];
  states?: string[];
  funder?: string;
  from?: string;
  to?: string;
}

export interface ResolvedScope {
  cohorts: Set<string>;
  /** In-scope enrollments. */
  enrollments: Bundle['enrollments'];
  isInScope(participant: string, cohort: string): boolean;
  /** Whether anonymous responses of the cohort's waves qualify (DOMAIN.md "Survey outcomes"). */
  anonymousQualifies(cohort: string): boolean;
  from: string | null;
  to: string | null;
  stateOf(participant: string): string;
}

/** DOMAIN.md "Scope", the way ScopeService + the repositories' WHERE clauses apply it. */
export function resolveScope(bundle: Bundle, scope: ScopeInput): ResolvedScope {
  const stateOfNetwork = new Map(bundle.networks.map((n) => [n.key, n.state]));
  const networkOf = new Map(bundle.participants.map((p) => [p.key, p.network]));
  const stateOf = (participant: string) => stateOfNetwork.get(networkOf.get(participant) ?? '') ?? '';
  for (const cohort of scope.cohorts ?? [])
    if (!bundle.cohorts.includes(cohort)) throw new Error('BAD_USER_INPUT');

  const lines = scope.funder === undefined ? null : bundle.fundings.filter((f) => f.funder === scope.funder);
  let cohorts = new Set(scope.cohorts?.length ? scope.cohorts : bundle.cohorts);
  if (lines !== null) cohorts = new Set([...cohorts].filter((c) => lines.some((line) => line.cohort === c)));
  const states = scope.states?.length ? new Set(scope.states) : null;

  const isInScope = (participant: string, cohort: string) => {
    if (!cohorts.has(cohort)) return false;
    if (!bundle.enrollments.some((e) => e.participant === participant && e.cohort === cohort)) return false;
    const state = stateOf(participant);
    if (states !== null && !states.has(state)) return false;
    if (lines !== null) {
      return lines.some((line) => line.cohort === cohort && (line.state === null || line.state === state));
    }
    return true;
  };

  return {
    cohorts,
    enrollments: bundle.enrollments.filter((e) => isInScope(e.participant, e.cohort)),
    isInScope,
    anonymousQualifies: (cohort) =>
      cohorts.has(cohort) &&
      states === null &&
      (lines === null || lines.some((line) => line.cohort === cohort && line.state === null)),
    from: scope.from ?? null,
    to: scope.to ?? null,
    stateOf,
  };
}
