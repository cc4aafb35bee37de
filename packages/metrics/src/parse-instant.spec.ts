import { describe, expect, it } from 'vitest';
import { parseInstant } from './parse-instant.js';

describe('parseInstant', () => {
  it.each([
    {
      value: '2025-05-23T14:03:00',
      utc: '2025-05-23T12:03:00.000Z',
      note: 'summer time, no offset: Berlin (+02)',
    },
    { value: '2025-05-23 14:03:00', utc: '2025-05-23T12:03:00.000Z', note: 'space separator' },
    { value: '2024-11-22 08:55:00', utc: '2024-11-22T07:55:00.000Z', note: 'winter time (+01)' },
    { value: '2025-05-23T14:03', utc: '2025-05-23T12:03:00.000Z', note: 'no seconds' },
    { value: '2025-05-23T14:03:00.250', utc: '2025-05-23T12:03:00.250Z', note: 'fraction' },
    { value: '2025-05-23T14:03:00Z', utc: '2025-05-23T14:03:00.000Z', note: 'UTC' },
    { value: '2025-05-23T14:03:00+05:30', utc: '2025-05-23T08:33:00.000Z', note: 'offset' },
    { value: '2025-05-23T14:03:00-0100', utc: '2025-05-23T15:03:00.000Z', note: 'offset without colon' },
    {
      value: '2025-03-30T02:30:00',
      utc: '2025-03-30T01:30:00.000Z',
      note: 'spring gap: moved forward to 03:30 CEST',
    },
    {
      value: '2025-10-26T02:30:00',
      utc: '2025-10-26T00:30:00.000Z',
      note: 'autumn overlap: the earlier instant (CEST)',
    },
    { value: '2025-10-26T03:30:00', utc: '2025-10-26T02:30:00.000Z', note: 'after the overlap (CET)' },
  ])('$value → $utc ($note)', ({ value, utc }) => {
    expect(new Date(parseInstant({ value })).toISOString()).toBe(utc);
  });

  it('takes another zone and passes Dates through', () => {
    expect(
      new Date(parseInstant({ value: '2025-01-01T12:00:00', timeZone: 'America/New_York' })).toISOString(),
    ).toBe('2025-01-01T17:00:00.000Z');
    expect(parseInstant({ value: new Date(5) })).toBe(5);
  });

  it('rejects what is not a timestamp', () => {
    expect(() => parseInstant({ value: '23.05.2025 14:03' })).toThrow(RangeError);
  });
});
