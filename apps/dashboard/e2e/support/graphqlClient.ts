/** The demo sign-ins' shared password (apps/api/src/demo/load-demo.ts). */
export const DEMO_PASSWORD = 'mintq-demo';

/** One GraphQL error as the API sends it. */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** A GraphQL answer: data, errors, or both. */
export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

/** Posts one operation to `/graphql`, with the bearer token when given. */
export async function postGraphql<T>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<T>;
}

/** Like {@link postGraphql}, but throws on any error: the test's own reference queries must work. */
export async function queryGraphql<T>(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const answer = await postGraphql<T>(baseUrl, token, query, variables);
  if (answer.errors?.length || !answer.data)
    throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}\n${query}`);
  return answer.data;
}

/**
 * The label the API gives each cohort key ("2024-25" → "Qualifizierungsdurchgang 2024/25"): the
 * one form the dashboard shows a cohort in. Throws for a key the API does not list.
 */
export async function fetchCohortLabels(baseUrl: string, token: string): Promise<(key: string) => string> {
  const { cohorts } = await queryGraphql<{ cohorts: { key: string; label: string }[] }>(
    baseUrl,
    token,
    '{ cohorts { key label } }',
  );
  const labels = new Map(cohorts.map((c) => [c.key, c.label]));
  return (key) => {
    const label = labels.get(key);
    if (label === undefined) throw new Error(`the API lists no cohort "${key}"`);
    return label;
  };
}

/** Signs in through the API (not the page) and returns the bearer token. */
export async function loginToken(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await queryGraphql<{ login: { token: string } }>(
    baseUrl,
    null,
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.login.token;
}

/**
 * Asks one funder question and waits for its answer. A funder's first question after an import
 * builds the funder's release (docs/privacy.md; a minute or two on the demo data), and every
 * request for it waits for that build; asked once before a test opens pages, the pages' own
 * requests find it built and answer within their usual timeouts.
 */
export async function warmFunderRelease(baseUrl: string, email: string): Promise<void> {
  await queryGraphql(baseUrl, await loginToken(baseUrl, email), '{ reach { suppressed } }');
}

/** How long a test hook may wait for {@link warmFunderRelease}. */
export const RELEASE_WARM_TIMEOUT = 600_000;
