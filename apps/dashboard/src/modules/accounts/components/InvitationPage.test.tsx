import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../../common/testing/renderWithApi.js';
import { AuthProvider } from '../../auth/components/AuthProvider.js';
import { acceptInvitationMutation, invitationQuery } from '../graphql/accountLinkOperations.js';
import { InvitationPage } from './InvitationPage.js';

// The page reads the token from the address's fragment, as a mailed link opens it.
function open(hash: string) {
  window.history.replaceState(null, '', `/einladung${hash}`);
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('Einladung annehmen', () => {
  it('says a used or expired link is no good, without a form', async () => {
    open('#token=used');
    renderWithApi(
      <AuthProvider>
        <InvitationPage />
      </AuthProvider>,
      {
        mocks: [
          {
            request: { query: invitationQuery, variables: { token: 'used' } },
            result: { data: { invitation: null } },
          },
        ],
      },
    );
    expect((await screen.findByTestId('link-invalid')).textContent).toContain(
      'ungültig, abgelaufen oder wurde bereits verwendet',
    );
    expect(screen.queryByTestId('new-password')).toBeNull();
    // The secret left the address bar as soon as it was read.
    expect(window.location.hash).toBe('');
  });

  it('shows whom the invitation is for, says the rule before typing, and checks it before sending', async () => {
    let accepted = 0;
    open('#token=secret-1');
    renderWithApi(
      <AuthProvider>
        <InvitationPage />
      </AuthProvider>,
      {
        mocks: [
          {
            request: { query: invitationQuery, variables: { token: 'secret-1' } },
            result: {
              data: {
                invitation: {
                  __typename: 'InvitationInfo',
                  email: 'lena@stiftung.example',
                  expiresAt: '2099-12-08T09:00:00.000Z',
                },
              },
            },
          },
          {
            request: { query: acceptInvitationMutation, variables: () => true },
            result: () => {
              accepted += 1;
              return { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] };
            },
          },
        ],
      },
    );
    expect((await screen.findByTestId('invitation-for')).textContent).toContain('lena@stiftung.example');
    expect(screen.getByText(/Mindestens 15 Zeichen/)).toBeTruthy();
    fireEvent.input(screen.getByTestId('new-password'), { target: { value: 'zu kurz' } });
    fireEvent.input(screen.getByTestId('repeat-password'), { target: { value: 'zu kurz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Passwort festlegen und anmelden' }));
    expect(
      await screen.findByText('Das Passwort ist zu kurz: mindestens 15 Zeichen, eingegeben sind 7.'),
    ).toBeTruthy();
    expect(accepted).toBe(0);

    const phrase = 'der kleine hase hüpft über den zaun';
    fireEvent.input(screen.getByTestId('new-password'), { target: { value: phrase } });
    fireEvent.input(screen.getByTestId('repeat-password'), { target: { value: phrase } });
    fireEvent.click(screen.getByRole('button', { name: 'Passwort festlegen und anmelden' }));
    expect((await screen.findByTestId('form-error')).textContent).toContain(
      'Das Passwort wurde nicht gespeichert',
    );
    expect(accepted).toBe(1);
    // Nothing typed is lost on a refusal.
    expect((screen.getByTestId('new-password') as HTMLInputElement).value).toBe(phrase);
  });
});
