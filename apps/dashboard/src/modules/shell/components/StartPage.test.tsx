import { cleanup, screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import type { Role } from '../../../gql/graphql.js';
import { NAV_ITEMS } from '../navItems.js';
import { StartPage } from './StartPage.js';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderStart(role: Role) {
  renderWithApi(
    <Routes>
      <Route
        index
        element={
          <StartPage items={NAV_ITEMS}>
            <p>Übersicht</p>
          </StartPage>
        }
      />
      <Route path="*" element={<Where />} />
    </Routes>,
    { mocks: [viewerMock(role)] },
  );
}

afterEach(cleanup);

describe('StartPage', () => {
  it('shows the overview to whoever reads metrics', async () => {
    renderStart('PROJECT_LEAD');
    await screen.findByText('Übersicht');
  });

  it('sends a coordinator, who reads no metrics, to their own first page', async () => {
    renderStart('PARTICIPANT');
    expect((await screen.findByTestId('where')).textContent).toBe('/meine-teilnahme');
    expect(screen.queryByText('Übersicht')).toBeNull();
  });
});
