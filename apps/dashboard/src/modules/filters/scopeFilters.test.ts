import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filtersFromSearchParams,
  filtersToScope,
  filtersToSearchParams,
  hasInvertedPeriod,
  type ScopeFilters,
} from './scopeFilters.js';

describe('scope filters in the URL', () => {
  it('survive a round trip through the search parameters', () => {
    const filters: ScopeFilters = {
      cohorts: ['2023-24', '2024-25'],
      states: ['DE-BY', 'DE-NW'],
      from: '2024-01-01',
      to: '2025-03-31',
    };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe(
      'cohort=2023-24&cohort=2024-25&state=DE-BY&state=DE-NW&from=2024-01-01&to=2025-03-31',
    );
    expect(filtersFromSearchParams(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('keep other parameters such as the language and leave no trace when empty', () => {
    const base = new URLSearchParams('lang=en&cohort=2020-21&state=DE-HB');
    const params = filtersToSearchParams(EMPTY_FILTERS, base);
    expect(params.toString()).toBe('lang=en');
  });

  it('drop unknown state codes and impossible dates instead of sending them', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('state=DE-XX&state=DE-HH&from=2025-02-30&to=2025-13-01&cohort=<script>'),
    );
    expect(filters).toEqual({ cohorts: [], states: ['DE-HH'], from: null, to: null });
  });

  it('sort and deduplicate so equal views have equal links', () => {
    const a = filtersToSearchParams({ ...EMPTY_FILTERS, states: ['DE-NW', 'DE-BY', 'DE-NW'] });
    const b = filtersToSearchParams({ ...EMPTY_FILTERS, states: ['DE-BY', 'DE-NW'] });
    expect(a.toString()).toBe(b.toString());
  });

  it('become a ScopeInput that leaves out what means "all"', () => {
    expect(filtersToScope(EMPTY_FILTERS)).toEqual({});
    expect(filtersToScope({ cohorts: ['2024-25'], states: [], from: null, to: '2025-12-31' })).toEqual({
      cohorts: ['2024-25'],
      to: '2025-12-31',
    });
  });

  it('notice a period whose start lies after its end', () => {
    expect(hasInvertedPeriod({ ...EMPTY_FILTERS, from: '2025-02-01', to: '2025-01-31' })).toBe(true);
    expect(hasInvertedPeriod({ ...EMPTY_FILTERS, from: '2025-01-31', to: '2025-01-31' })).toBe(false);
  });
});
