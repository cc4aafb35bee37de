import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { type ComponentProps, useMemo } from 'react';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { getAuthToken } from '../../auth/authToken.js';
import { notifySessionExpired } from '../../auth/sessionExpiry.js';
import { EXAMPLE_QUERIES } from '../exampleQueries.js';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/**
 * Sends GraphiQL's requests with the signed-in token. The token is added here rather than
 * in the header editor, so it is never shown, edited away or persisted in localStorage.
 */
const fetcher: Fetcher = async (params, options) => {
  const headers = new Headers(options?.headers as HeadersInit | undefined);
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  const token = getAuthToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  if (response.status === 401) notifySessionExpired();
  return response.json();
};

/** GraphQL: GraphiQL 4, bundled with the app (no CDN), with the contract queries as example tabs. */
export function GraphiqlPage() {
  const { t } = useI18n();
  const defaultTabs = useMemo(
    () => EXAMPLE_QUERIES.map(({ query, variables }) => ({ query, variables: variables ?? null })),
    [],
  );
  return (
    <>
      <PageHeader title={t('graphiql.title')} intro={t('graphiql.intro')} />
      <div className="mq-app-graphiql" data-testid="graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={defaultTabs}
          shouldPersistHeaders={false}
          defaultTheme="light"
        />
      </div>
    </>
  );
}
