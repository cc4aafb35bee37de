import { describe, expect, it } from 'vitest';
import { auditCsvUrl, auditFilterInput, EMPTY_AUDIT_FILTER } from './auditFilter.js';

describe('the audit filter', () => {
  it('sends only what is set, the user trimmed', () => {
    expect(auditFilterInput(EMPTY_AUDIT_FILTER)).toEqual({});
    expect(
      auditFilterInput({ actions: ['login.failed'], user: '  anna ', from: '2026-12-01', to: '' }),
    ).toEqual({
      actions: ['login.failed'],
      user: 'anna',
      from: '2026-12-01',
    });
  });

  it('asks the CSV for the same filter as the table', () => {
    expect(auditCsvUrl(EMPTY_AUDIT_FILTER, 'de')).toBe('/api/audit.csv?lang=de');
    const url = new URL(
      auditCsvUrl(
        {
          actions: ['login.failed', 'user.invited'],
          user: 'a&b@x',
          from: '2026-12-01',
          to: '2026-12-05',
        },
        'en',
      ),
      'http://mintq.test',
    );
    expect(url.pathname).toBe('/api/audit.csv');
    expect(url.searchParams.getAll('action')).toEqual(['login.failed', 'user.invited']);
    expect(url.searchParams.get('user')).toBe('a&b@x');
    expect(url.searchParams.get('from')).toBe('2026-12-01');
    expect(url.searchParams.get('to')).toBe('2026-12-05');
    expect(url.searchParams.get('lang')).toBe('en');
  });
});
