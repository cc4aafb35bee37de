import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, viewerMock } from '../../../common/testing/renderWithApi.js';
import type { OverdueGoalsQuery, Role } from '../../../gql/graphql.js';
import { cohortsQuery } from '../../filters/graphql/cohortsQuery.js';
import { goalAttainmentQuery } from '../graphql/goalAttainmentQuery.js';
import { overdueGoalsQuery } from '../graphql/overdueGoalsQuery.js';
import { GoalsPage } from './GoalsPage.js';

// A unit test of the page: the API's answers come from Apollo's MockedProvider.
// Typed by inference: the generated types leave out the __typename the cache writes.
const attainment = {
  __typename: 'GoalAttainment',
  goals: 12,
  attained: 6,
  notAttained: 3,
  noData: 3,
  overdue: 3,
  attainmentRate: 6 / 9,
  meanTScore: 52.5,
  tScoreParticipants: 7,
  checkins: 14,
  suppressed: false,
  levels: [-2, -1, 0, 1, 2].map((level) => ({
    __typename: 'LevelCount',
    level,
    goals: 2,
    suppressed: false,
  })),
  byStaircaseLevel: [1, 2, 3, 4, 5, 6, 7].map((level) => ({
    __typename: 'StaircaseCount',
    level,
    goals: 1,
    attained: 1,
    suppressed: false,
  })),
};

/** An overdue goal as the API answers it: names only for roles that may read them. */
const overdue = (goal: string, participant: string, dueOn: string, level: number, withNames = true) => ({
  __typename: 'OverdueGoal' as const,
  goal,
  participant,
  displayName: withNames ? `Name ${participant}` : null,
  network: withNames ? 'MINT-Region Ostalb' : null,
  cohort: '2024-25',
  dueOn,
  level,
  lastCheckinOn: null,
});

function renderPage(
  role: Role,
  overdueGoals: OverdueGoalsQuery['overdueGoals'],
  url = '/wirkungsziele?to=2026-01-31',
) {
  const requested: unknown[] = [];
  const mocks = [
    viewerMock(role),
    {
      request: { query: goalAttainmentQuery, variables: () => true },
      result: { data: { goalAttainment: attainment } },
      maxUsageCount: 10,
    },
    {
      request: { query: overdueGoalsQuery, variables: () => true },
      result: (variables: unknown) => {
        requested.push(variables);
        return { data: { overdueGoals } };
      },
      maxUsageCount: 10,
    },
    {
      // The cohorts' names as the API gives them: the dashboard shows a cohort by its label.
      request: { query: cohortsQuery },
      result: {
        data: {
          cohorts: [
            {
              __typename: 'Cohort',
              key: '2024-25',
              label: 'Qualifizierungsdurchgang 2024/25',
              startsOn: '2024-11-15',
              endsOn: '2025-05-23',
            },
          ],
        },
      },
      maxUsageCount: 10,
    },
  ];
  renderWithApi(<GoalsPage />, { mocks, url });
  return { requested };
}

afterEach(() => cleanup());

describe('GoalsPage: overdue goals', () => {
  it('lists them for a project lead in the API order: key, participant, name, network, cohort, de-DE date, tier', async () => {
    const goals = [
      overdue('G0042', 'P0035', '2025-05-18', 4),
      overdue('G0007', 'P0101', '2025-11-21', 7),
      overdue('G0110', 'P0002', '2025-11-21', 2),
    ];
    const { requested } = renderPage('PROJECT_LEAD', goals);
    const section = await screen.findByTestId('overdue-goals');
    await within(section).findByRole('rowheader', { name: 'G0042' });
    expect(
      within(section)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(goals.map((g) => g.goal));
    const first = within(section).getByRole('rowheader', { name: 'G0042' }).closest('tr');
    await within(section).findAllByText('Qualifizierungsdurchgang 2024/25');
    expect([...(first?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      'G0042',
      'P0035',
      'Name P0035',
      'MINT-Region Ostalb',
      'Qualifizierungsdurchgang 2024/25',
      '18.05.2025',
      '4 (Outcome)',
    ]);
    expect(within(section).getByText('Überfällige Ziele: 3')).toBeTruthy();
    // The page's scope (the as-of date from the URL) is what the list is asked for.
    expect(requested).toContainEqual({ scope: expect.objectContaining({ to: '2026-01-31' }) });
  });

  it('shows an empty state when nothing is overdue', async () => {
    renderPage('ADMIN', []);
    const section = await screen.findByTestId('overdue-goals');
    expect(await within(section).findByText('Keine überfälligen Ziele in dieser Auswahl.')).toBeTruthy();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('shows them to analysts too (pseudonymous keys only)', async () => {
    renderPage('ANALYST', [overdue('G0001', 'P0001', '2025-01-01', 1, false)]);
    const section = await screen.findByTestId('overdue-goals');
    expect(await within(section).findByRole('rowheader', { name: 'G0001' })).toBeTruthy();
    expect(within(section).queryByRole('columnheader', { name: 'Koordinator:in' })).toBeNull();
    expect(within(section).queryByRole('columnheader', { name: 'Netzwerk' })).toBeNull();
  });

  it('neither shows nor requests them for funder users', async () => {
    const { requested } = renderPage('FUNDER', [overdue('G0001', 'P0001', '2025-01-01', 1)]);
    await screen.findByTestId('kpi-goals-overdue');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('overdue-goals')).toBeNull();
    expect(requested).toEqual([]);
  });
});

describe('GoalsPage: goal attainment', () => {
  it('names the check-ins the attainment rate comes from', async () => {
    renderPage('PROJECT_LEAD', []);
    const card = await screen.findByTestId('kpi-attainment-rate');
    expect(card.textContent).toMatch(/67\s%/);
    expect(card.textContent).toContain('aus 14 Zielüberprüfungen');
  });
});

describe('GoalsPage: the as-of date', () => {
  afterEach(() => vi.useRealTimers());

  it('is the URL’s end of the period', async () => {
    renderPage('PROJECT_LEAD', []);
    expect((await screen.findByTestId('as-of')).textContent).toBe('Stand der Zielüberprüfungen: 31.01.2026');
  });

  it('is today in Berlin for an open period, also in the first hours after midnight (CEST)', async () => {
    // 00:30 on 1 April 2026 in Berlin; still 31 March in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-31T22:30:00Z'));
    renderPage('PROJECT_LEAD', [], '/wirkungsziele');
    expect((await screen.findByTestId('as-of')).textContent).toBe('Stand der Zielüberprüfungen: 01.04.2026');
  });

  it('is today in Berlin in winter too (CET)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-31T23:30:00Z'));
    renderPage('PROJECT_LEAD', [], '/wirkungsziele');
    expect((await screen.findByTestId('as-of')).textContent).toBe('Stand der Zielüberprüfungen: 01.02.2026');
  });
});
