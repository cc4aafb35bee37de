import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql.js';
import { FunderBanner } from '../../modules/shell/components/FunderBanner.js';
import { renderWithApi, viewerMock } from '../testing/renderWithApi.js';
import { useSuppressedLabel } from './useSuppressedLabel.js';

function SuppressedLabel() {
  return <p data-testid="label">{useSuppressedLabel()}</p>;
}

// The viewer's k comes from Apollo's MockedProvider, as the API would send it.
function renderWith(role: Role, suppressionK: number | null, language: 'de' | 'en' = 'de') {
  renderWithApi(
    <>
      <FunderBanner funder="Stiftung F" />
      <SuppressedLabel />
    </>,
    { mocks: [viewerMock(role, { suppressionK })], language },
  );
}

afterEach(() => cleanup());

describe('the suppression k the dashboard names', () => {
  it('is the k the API reports for a funder user, in the banner and the • explanation', async () => {
    renderWith('FUNDER', 7);
    expect(await screen.findByText('weniger als 7 Personen')).toBeTruthy();
    const rule = screen.getByTestId('funder-rule').textContent;
    expect(rule).toMatch(/^Zahlen, hinter denen 1 bis 6 Personen stehen, werden nicht gezeigt \(•\)\./);
    expect(rule).toContain('enger als auf 0 bis 7 Personen eingrenzen lässt');
    expect(rule).toContain('mindestens 7 Personen');
  });

  it('follows another configured k, in English too', async () => {
    renderWith('FUNDER', 11, 'en');
    expect(await screen.findByText('fewer than 11 people')).toBeTruthy();
    const rule = screen.getByTestId('funder-rule').textContent;
    expect(rule).toMatch(/^Numbers that stand for 1 to 10 people are not shown \(•\)\./);
    expect(rule).toContain('further than 0 to 11 people');
  });

  it('names no number while the API reports none (users whose numbers are not suppressed)', async () => {
    renderWith('PROJECT_LEAD', null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('label').textContent).toBe('zu wenige Personen');
    expect(screen.getByTestId('funder-banner').textContent).not.toMatch(/\d/);
  });
});
