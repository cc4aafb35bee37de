import type { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import type { Role } from '../../../gql/graphql.js';
import { reportFundersQuery } from '../../reports/graphql/reportFundersQuery.js';
import { deactivateUserMutation, inviteUserMutation } from '../graphql/userMutations.js';
import { usersQuery } from '../graphql/usersQuery.js';
import { UsersPage } from './UsersPage.js';

// A unit test of the page: the API's answers come from Apollo's MockedProvider.
const funder = { __typename: 'Funder' as const, key: 'telekom-stiftung', name: 'Deutsche Telekom Stiftung' };

function user(id: number, email: string, role: Role, status: 'INVITED' | 'ACTIVE' | 'DEACTIVATED') {
  return {
    __typename: 'User' as const,
    id,
    email,
    role,
    funder: role === 'FUNDER' ? funder : null,
    status,
    language: 'DE' as const,
    lastSignInAt: status === 'INVITED' ? null : '2026-12-01T09:30:00.000Z',
    createdAt: '2026-11-01T08:00:00.000Z',
    invitationExpiresAt: status === 'INVITED' ? '2099-12-08T09:00:00.000Z' : null,
  };
}

const users = [
  user(1, 'x@mintq.example', 'ADMIN', 'ACTIVE'),
  user(2, 'lena@stiftung.example', 'FUNDER', 'INVITED'),
  user(3, 'tom@mintq.example', 'ANALYST', 'ACTIVE'),
];

function renderPage(role: Role, extra: MockLink.MockedResponse[] = []) {
  return renderWithApi(<UsersPage />, {
    mocks: [
      viewerMock(role),
      { request: { query: usersQuery }, result: { data: { users } }, maxUsageCount: 10 },
      {
        request: { query: reportFundersQuery },
        result: { data: { funders: [{ ...funder, kind: 'foundation' }] } },
        maxUsageCount: 10,
      },
      ...extra,
    ],
  });
}

function row(email: string): HTMLElement {
  const found = screen.getAllByTestId('user-row').find((r) => r.dataset.email === email);
  if (!found) throw new Error(`no row for ${email}`);
  return found;
}

afterEach(cleanup);

describe('Benutzer', () => {
  it('lists the users with role, funder and status, and offers an admin every action but on themselves', async () => {
    renderPage('ADMIN');
    await screen.findByTestId('users-table');
    const invited = row('lena@stiftung.example');
    expect(within(invited).getByText('Förderer')).toBeTruthy();
    expect(within(invited).getByText('Deutsche Telekom Stiftung')).toBeTruthy();
    expect(within(invited).getByText('Eingeladen')).toBeTruthy();
    expect(within(invited).getByText('noch nie')).toBeTruthy();
    expect(
      within(invited).getByRole('button', { name: 'Einladung erneut senden: lena@stiftung.example' }),
    ).toBeTruthy();
    expect(
      within(row('tom@mintq.example')).getByRole('button', { name: 'Deaktivieren …: tom@mintq.example' }),
    ).toBeTruthy();
    // Their own row offers nothing: nobody deactivates or demotes themselves here.
    expect(within(row('x@mintq.example')).queryAllByRole('button')).toEqual([]);
    const roleSelect = screen.getByTestId('invite-role') as HTMLSelectElement;
    expect([...roleSelect.options].map((o) => o.value)).toEqual([
      'ADMIN',
      'PROJECT_LEAD',
      'ANALYST',
      'FUNDER',
    ]);
  });

  it('offers a project lead the FUNDER role only, and no role changes or deactivations', async () => {
    renderPage('PROJECT_LEAD');
    await screen.findByTestId('users-table');
    const roleSelect = screen.getByTestId('invite-role') as HTMLSelectElement;
    expect([...roleSelect.options].map((o) => o.value)).toEqual(['FUNDER']);
    // FUNDER is chosen, so the funder select is there.
    expect(screen.getByTestId('invite-funder')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Deaktivieren|Rolle ändern/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Einladung erneut senden: lena@stiftung.example' }),
    ).toBeTruthy();
  });

  it('says at the field what is missing before anything is sent', async () => {
    renderPage('PROJECT_LEAD');
    await screen.findByTestId('users-table');
    fireEvent.input(screen.getByTestId('invite-email'), { target: { value: 'keine-adresse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Einladen' }));
    expect(await screen.findByText('Bitte geben Sie eine gültige E-Mail-Adresse ein.')).toBeTruthy();
    expect(screen.getByText('Bitte wählen Sie den Förderer.')).toBeTruthy();
    expect(screen.getByTestId('invite-email').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps what was typed when the API refuses the invitation, and says why in German', async () => {
    renderPage('ADMIN', [
      {
        request: {
          query: inviteUserMutation,
          variables: { email: 'neu@mintq.example', role: 'ANALYST', funder: null, language: 'EN' },
        },
        result: { errors: [{ message: 'E-mail taken', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    await screen.findByTestId('users-table');
    fireEvent.input(screen.getByTestId('invite-email'), { target: { value: 'neu@mintq.example' } });
    fireEvent.change(screen.getByTestId('invite-role'), { target: { value: 'ANALYST' } });
    fireEvent.change(screen.getByTestId('invite-language'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Einladen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Das hat nicht geklappt: Diese Auswahl kann mintq nicht beantworten. Bitte ändern Sie die Auswahl.',
    );
    expect((screen.getByTestId('invite-email') as HTMLInputElement).value).toBe('neu@mintq.example');
    expect((screen.getByTestId('invite-role') as HTMLSelectElement).value).toBe('ANALYST');
    expect((screen.getByTestId('invite-language') as HTMLSelectElement).value).toBe('en');
  });

  it('deactivates only after the confirm step, then says so', async () => {
    let deactivated = 0;
    renderPage('ADMIN', [
      {
        request: { query: deactivateUserMutation, variables: { userId: 3 } },
        result: () => {
          deactivated += 1;
          return { data: { deactivateUser: user(3, 'tom@mintq.example', 'ANALYST', 'DEACTIVATED') } };
        },
      },
    ]);
    await screen.findByTestId('users-table');
    fireEvent.click(screen.getByRole('button', { name: 'Deaktivieren …: tom@mintq.example' }));
    const panel = await screen.findByTestId('user-change');
    expect(within(panel).getByText(/offene Sitzungen enden mit der nächsten Anfrage/)).toBeTruthy();
    expect(deactivated).toBe(0);
    fireEvent.click(within(panel).getByTestId('confirm-change'));
    expect((await screen.findByTestId('users-done')).textContent).toBe('tom@mintq.example ist deaktiviert.');
    expect(deactivated).toBe(1);
    await waitFor(() => expect(screen.queryByTestId('user-change')).toBeNull());
  });
});
