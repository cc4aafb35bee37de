import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { getAuthToken } from '../modules/auth/authToken.js';

/** Options of {@link createApolloClient}. */
export interface ApolloClientOptions {
  /** Called when the API says the token is missing, expired or revoked. */
  onUnauthenticated(): void;
  /** GraphQL endpoint; default `/graphql` (same origin, proxied by Vite in development). */
  uri?: string;
}

/** The dashboard's Apollo Client: bearer token on every request, sign-in page on UNAUTHENTICATED. */
export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: ApolloClientOptions) {
  const http = new HttpLink({
    uri,
    // Read per request: the token changes on sign-in and sign-out without a new client.
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      const token = getAuthToken();
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  const errors = new ErrorLink(({ error, operation }) => {
    // A failed sign-in is the login page's business, not an expired session.
    if (operation.operationName === 'Login') return;
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, http]),
    cache: new InMemoryCache({
      // Metric objects have no id: they stay inside their parent field, and pages asking for
      // different fields of the same scope merge into one object instead of overwriting it.
      typePolicies: {
        Reach: { merge: true },
        GoalAttainment: { merge: true },
        SurveyOutcomes: { merge: true },
        EventFeedback: { merge: true },
        Viewer: { keyFields: ['email'] },
        Cohort: { keyFields: ['key'] },
        Funder: { keyFields: ['key'] },
        Instrument: { keyFields: ['key'] },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
