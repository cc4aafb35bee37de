import { todayInBerlin } from '@mintq/ui';
import { describe, expect, it } from 'vitest';
import {
  capDate,
  type FunderSpace,
  funderAsOf,
  funderSpace,
  periodFilters,
  periodOf,
  toFunderFilters,
} from './funderFilters.js';
import { EMPTY_FILTERS, filtersToScope, type ScopeFilters } from './scopeFilters.js';

const funded = [
  { key: '2022-23', startsOn: '2022-11-15' },
  { key: '2020-21', startsOn: '2020-11-15' },
  { key: '2024-25', startsOn: '2024-11-15' },
];
// 5 December 2026, 05:00 in Berlin.
const DECEMBER = new Date('2026-12-05T04:00:00Z');
const space: FunderSpace = funderSpace(funded, DECEMBER);

const view = (filters: Partial<ScopeFilters>): ScopeFilters => ({ ...EMPTY_FILTERS, ...filters });

describe("a funder's choices", () => {
  it('run from the first funded start year to the year of the last completed month', () => {
    expect(space).toEqual({
      cohorts: ['2020-21', '2022-23', '2024-25'],
      years: [2020, 2021, 2022, 2023, 2024, 2025, 2026],
      cap: '2026-11-30',
    });
  });

  it('end with the last completed month in Berlin: in January 2027 still 2026', () => {
    expect(funderSpace(funded, new Date('2027-01-15T12:00:00Z'))).toMatchObject({
      years: [2020, 2021, 2022, 2023, 2024, 2025, 2026],
      cap: '2026-12-31',
    });
    // 1 January 2027, 00:30 in Berlin is still 31 December 2026 in UTC: Berlin decides.
    expect(todayInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(capDate('2027-01-01')).toBe('2026-12-31');
    expect(capDate('2026-03-10')).toBe('2026-02-28');
    expect(capDate('2028-03-01')).toBe('2028-02-29');
  });

  it('have no years without a funded cohort', () => {
    expect(funderSpace([], DECEMBER)).toEqual({ cohorts: [], years: [], cap: '2026-11-30' });
  });
});

describe('the period a funder picks', () => {
  it('sends no dates since the start and a whole calendar year otherwise', () => {
    expect(filtersToScope(view(periodFilters('all')))).toEqual({});
    expect(filtersToScope(view(periodFilters(2025)))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf(periodFilters(2025))).toBe(2025);
    expect(periodOf(periodFilters('all'))).toBe('all');
  });

  it('has its as-of date at its end, capped at the last completed month', () => {
    expect(funderAsOf(periodFilters('all'), space)).toBe('2026-11-30');
    expect(funderAsOf(periodFilters(2026), space)).toBe('2026-11-30');
    expect(funderAsOf(periodFilters(2025), space)).toBe('2025-12-31');
  });
});

describe('a URL mapped onto the funder’s query space', () => {
  it('keeps an allowed view as it is', () => {
    for (const allowed of [
      view({}),
      view({ cohorts: ['2022-23'] }),
      view({ from: '2024-01-01', to: '2024-12-31' }),
      view({ cohorts: ['2020-21'], from: '2026-01-01', to: '2026-12-31' }),
    ])
      expect(toFunderFilters(allowed, space)).toEqual(allowed);
  });

  it('drops the states: a funder sees every state of its lines', () => {
    expect(toFunderFilters(view({ states: ['DE-BY', 'DE-NW'], cohorts: ['2022-23'] }), space)).toEqual(
      view({ cohorts: ['2022-23'] }),
    );
  });

  it('keeps exactly one funded cohort; several, or none funded, become all funded cohorts', () => {
    expect(toFunderFilters(view({ cohorts: ['2022-23', '2024-25'] }), space).cohorts).toEqual([]);
    expect(toFunderFilters(view({ cohorts: ['2023-24'] }), space).cohorts).toEqual([]);
    expect(toFunderFilters(view({ cohorts: ['2023-24', '2024-25'] }), space).cohorts).toEqual(['2024-25']);
  });

  it('turns a period within one year into that year, moved into the allowed years', () => {
    const mapped = (from: string, to: string) => {
      const { from: f, to: t } = toFunderFilters(view({ from, to }), space);
      return `${f} – ${t}`;
    };
    expect(mapped('2025-03-01', '2025-06-30')).toBe('2025-01-01 – 2025-12-31');
    expect(mapped('2025-06-30', '2025-06-30')).toBe('2025-01-01 – 2025-12-31');
    expect(mapped('2019-01-01', '2019-12-31')).toBe('2020-01-01 – 2020-12-31');
    expect(mapped('2027-01-01', '2027-12-31')).toBe('2026-01-01 – 2026-12-31');
  });

  it('turns any other period into "since the start", which holds it', () => {
    for (const period of [
      { from: '2024-03-01', to: '2025-02-28' },
      { from: '2025-01-01' },
      { to: '2025-06-30' },
      { from: '2025-06-30', to: '2025-01-01' },
    ])
      expect(toFunderFilters(view(period), space), JSON.stringify(period)).toEqual(view({}));
  });

  it('sends nothing outside the space whatever the link holds', () => {
    const scope = filtersToScope(
      toFunderFilters(
        view({ cohorts: ['2020-21', '2023-24'], states: ['DE-HB'], from: '2021-02-01', to: '2021-02-02' }),
        space,
      ),
    );
    expect(scope).toEqual({ cohorts: ['2020-21'], from: '2021-01-01', to: '2021-12-31' });
  });
});
