import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The stable `extensions.code` of the first GraphQL error (or `NETWORK`), for branching in the UI. */
export function graphqlErrorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : null;
  }
  if (ServerError.is(error) && error.statusCode === 401) return 'UNAUTHENTICATED';
  if (error instanceof TypeError) return 'NETWORK';
  return null;
}

/** An extension value of the first GraphQL error, e.g. `retryAfterSeconds` of TOO_MANY_REQUESTS. */
export function graphqlErrorExtension(error: unknown, name: string): unknown {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.[name] : undefined;
}

/** The message of the first GraphQL error (the API never puts internals there). */
export function graphqlErrorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? '';
  return error instanceof Error ? error.message : String(error);
}
