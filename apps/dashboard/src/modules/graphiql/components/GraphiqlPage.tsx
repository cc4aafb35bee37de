import 'graphiql/style.css';
import '../graphiql-page.css';
import { GraphiQL } from 'graphiql';
import { type ComponentProps, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { PageHeader } from '../../../common/components/PageHeader.js';
import { useI18n } from '../../../i18n/useI18n.js';
import { getAuthToken } from '../../auth/authToken.js';
import { notifySessionExpired } from '../../auth/sessionExpiry.js';
import { EXAMPLE_QUERIES, type ExampleQuery } from '../exampleQueries.js';
import type { EditorNames } from '../labelEditors.js';
import { useLabelledEditors } from '../useLabelledEditors.js';
import { ExampleQueryPicker } from './ExampleQueryPicker.js';

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

// One session only: GraphiQL's tab bar is hidden (see graphiql-page.css) and the examples are
// loaded by ExampleQueryPicker instead, so a first visit opens with the first example.
const FIRST_EXAMPLE = EXAMPLE_QUERIES.slice(0, 1).map(({ query, variables }) => ({
  query,
  variables: variables ?? null,
}));

/** GraphQL: GraphiQL 4, bundled with the app (no CDN), with the contract queries as loadable examples. */
export function GraphiqlPage() {
  const { t } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const [example, setExample] = useState<ExampleQuery | null>(null);
  const [status, setStatus] = useState('');
  const names = useMemo<EditorNames>(
    () => ({
      editors: {
        query: t('graphiql.editor.query'),
        variables: t('graphiql.editor.variables'),
        headers: t('graphiql.editor.headers'),
        response: t('graphiql.editor.response'),
      },
      scrollArea: (editor) => t('graphiql.editor.scrollArea', { editor }),
    }),
    [t],
  );
  useLabelledEditors(boxRef, names);

  const load = (next: ExampleQuery) => {
    // GraphiQL writes its `query`/`variables` props into the editors only when they change; to
    // load the same example again over the user's edits, the props are cleared first.
    flushSync(() => setExample(null));
    setExample(next);
    setStatus(t('graphiql.examples.loaded', { name: t(next.label) }));
  };

  return (
    <>
      <PageHeader title={t('graphiql.title')} intro={t('graphiql.intro')} />
      <ExampleQueryPicker onLoad={load} />
      <p role="status" className="mq-sr-only">
        {status}
      </p>
      <div ref={boxRef} className="mq-app-graphiql" data-testid="graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={FIRST_EXAMPLE}
          query={example?.query}
          variables={example ? (example.variables ?? '') : undefined}
          defaultEditorToolsVisibility="variables"
          shouldPersistHeaders={false}
          // The dashboard has no dark mode, and GraphiQL's dark palette is not contrast-checked.
          forcedTheme="light"
        />
      </div>
    </>
  );
}
