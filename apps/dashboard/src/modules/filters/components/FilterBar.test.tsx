import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import type { Role } from '../../../gql/graphql.js';
import { cohortsQuery } from '../graphql/cohortsQuery.js';
import { fundedCohortsQuery } from '../graphql/fundedCohortsQuery.js';
import { FilterBar } from './FilterBar.js';

// Typed by inference: the generated types leave out the __typename the cache writes.
const cohort = (key: string, startsOn: string) => ({
  __typename: 'Cohort',
  key,
  label: `Durchgang ${key}`,
  startsOn,
  endsOn: startsOn,
});

/** The URL's search, as the router has it. */
function Search() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function renderBar(role: Role, url: string) {
  const mocks = [
    viewerMock(role),
    {
      request: { query: cohortsQuery },
      result: {
        data: {
          cohorts: [
            cohort('2021-22', '2021-11-15'),
            cohort('2022-23', '2022-11-15'),
            cohort('2024-25', '2024-11-15'),
          ],
        },
      },
      maxUsageCount: 20,
    },
    {
      request: { query: fundedCohortsQuery },
      result: {
        data: {
          cohortFunnel: ['2022-23', '2024-25'].map((key) => ({ __typename: 'CohortFunnel', cohort: key })),
        },
      },
      maxUsageCount: 20,
    },
  ];
  renderWithApi(
    <>
      <FilterBar role={role} />
      <Search />
    </>,
    { mocks, url },
  );
}

const search = () => screen.getByTestId('search').textContent;
const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

beforeEach(() => {
  // 5 December 2026 in Berlin: the last completed month is November 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-05T09:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

describe('the filter bar of a funder user', () => {
  it('offers the period since the start or one year, the funded cohorts one at a time, and no states', async () => {
    renderBar('FUNDER', '/');
    const period = await screen.findByLabelText('Zeitraum');
    expect(optionTexts(period)).toEqual(['Seit Beginn', '2026', '2025', '2024', '2023', '2022']);
    const cohorts = screen.getByLabelText('Qualifizierungsdurchgang');
    expect(optionTexts(cohorts)).toEqual([
      'Alle geförderten Durchgänge',
      'Durchgang 2022-23',
      'Durchgang 2024-25',
    ]);
    expect(cohorts.hasAttribute('multiple')).toBe(false);
    expect(screen.queryByText('Bundesländer')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByTestId('filter-as-of').textContent).toBe('Stand: 30.11.2026');
  });

  it('puts a calendar year and one cohort into the URL, and names the year’s as-of date', async () => {
    renderBar('FUNDER', '/?lang=de');
    fireEvent.change(await screen.findByLabelText('Zeitraum'), { target: { value: '2025' } });
    await waitFor(() => expect(search()).toBe('?lang=de&from=2025-01-01&to=2025-12-31'));
    expect(screen.getByTestId('filter-as-of').textContent).toBe('Stand: 31.12.2025');
    fireEvent.change(screen.getByLabelText('Qualifizierungsdurchgang'), { target: { value: '2024-25' } });
    await waitFor(() => expect(search()).toBe('?lang=de&cohort=2024-25&from=2025-01-01&to=2025-12-31'));
    fireEvent.change(screen.getByLabelText('Zeitraum'), { target: { value: '2026' } });
    await waitFor(() => expect(screen.getByTestId('filter-as-of').textContent).toBe('Stand: 30.11.2026'));
    fireEvent.change(screen.getByLabelText('Zeitraum'), { target: { value: 'all' } });
    await waitFor(() => expect(search()).toBe('?lang=de&cohort=2024-25'));
  });

  it('rewrites an admin’s link to the nearest view it may see, and says so', async () => {
    renderBar('FUNDER', '/?state=DE-BY&cohort=2021-22&cohort=2024-25&from=2025-03-01&to=2025-06-30');
    await waitFor(() => expect(search()).toBe('?cohort=2024-25&from=2025-01-01&to=2025-12-31'));
    expect((screen.getByLabelText('Zeitraum') as HTMLSelectElement).value).toBe('2025');
    expect(screen.getByRole('status').textContent).toContain('nächstliegende');
  });
});

describe('the filter bar of everyone else', () => {
  it('keeps cohorts, states and free dates', async () => {
    renderBar('ANALYST', '/');
    expect(await screen.findByTestId('filter-states')).toBeTruthy();
    expect(screen.getByLabelText('Von')).toBeTruthy();
    expect(screen.getByLabelText('Bis (Stichtag)')).toBeTruthy();
    expect(screen.queryByLabelText('Zeitraum')).toBeNull();
  });
});
