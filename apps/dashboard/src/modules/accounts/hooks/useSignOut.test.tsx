import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../../common/testing/renderWithApi.js';
import { getAuthToken, TOKEN_STORAGE_KEY } from '../../auth/authToken.js';
import { AuthProvider } from '../../auth/components/AuthProvider.js';
import { logoutMutation } from '../graphql/accountMutations.js';
import { useSignOut } from './useSignOut.js';

function SignOutButton() {
  const { signOut } = useSignOut();
  return (
    <button type="button" onClick={() => void signOut()}>
      Abmelden
    </button>
  );
}

function renderButton(
  answer: { data: { logout: boolean } } | { errors: { message: string }[] },
  calls: { n: number },
) {
  renderWithApi(
    <AuthProvider>
      <SignOutButton />
    </AuthProvider>,
    {
      mocks: [
        {
          request: { query: logoutMutation },
          result: () => {
            calls.n += 1;
            return answer;
          },
        },
      ],
    },
  );
}

beforeEach(() => window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'token-123'));
afterEach(cleanup);

describe('signing out', () => {
  it('asks the API to revoke the session, then forgets the token', async () => {
    const calls = { n: 0 };
    renderButton({ data: { logout: true } }, calls);
    fireEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
    await waitFor(() => expect(getAuthToken()).toBeNull());
    expect(calls.n).toBe(1);
  });

  it('still forgets the token when the API cannot be reached or refuses', async () => {
    const calls = { n: 0 };
    renderButton({ errors: [{ message: 'down' }] }, calls);
    fireEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
    await waitFor(() => expect(getAuthToken()).toBeNull());
    expect(calls.n).toBe(1);
  });
});
