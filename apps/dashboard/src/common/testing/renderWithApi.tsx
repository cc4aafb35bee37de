import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Role } from '../../gql/graphql.js';
import type { Language } from '../../i18n/format.js';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import { viewerQuery } from '../../modules/auth/graphql/viewerQuery.js';
import { mockViewerCan } from '../../modules/auth/mockViewerCan.js';

// Shared set-up of the dashboard's unit tests: the API's answers come from Apollo's
// MockedProvider. Typed by inference: the generated types leave out the __typename the cache writes.

/**
 * The viewer query's answer for a user of `role`, as the API sends it: funder users belong to
 * "Stiftung F" and see numbers suppressed with k = 5 (unless `suppressionK` says otherwise),
 * everyone else has no funder and no k.
 */
export function viewerMock(
  role: Role,
  { suppressionK = role === 'FUNDER' ? 5 : null }: { suppressionK?: number | null } = {},
): MockLink.MockedResponse {
  return {
    request: { query: viewerQuery },
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          email: 'x@mintq.example',
          role,
          funder: role === 'FUNDER' ? { __typename: 'Funder', key: 'f', name: 'Stiftung F' } : null,
          suppressionK,
          can: mockViewerCan(role),
        },
      },
    },
    maxUsageCount: 50,
  };
}

/**
 * Renders `ui` with mocked API answers in one language (German unless said), inside a router at
 * `url` (default `/`): cards link to the Methodik page, as they do in the app.
 */
export function renderWithApi(
  ui: ReactElement,
  { mocks, language = 'de', url }: { mocks: MockLink.MockedResponse[]; language?: Language; url?: string },
): RenderResult {
  return render(
    <MockedProvider mocks={mocks}>
      <I18nProvider language={language}>
        <MemoryRouter initialEntries={[url ?? '/']}>{ui}</MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
}
