import { describe, expect, it } from 'vitest';
import { linkToken } from './linkToken.js';

describe('the secret of a mailed link', () => {
  it('is read from the fragment', () => {
    expect(linkToken('#token=abc_DEF-123')).toBe('abc_DEF-123');
  });

  it('is null when the fragment has none or an empty one (a link cut short by a mail program)', () => {
    expect(linkToken('')).toBeNull();
    expect(linkToken('#')).toBeNull();
    expect(linkToken('#token=')).toBeNull();
    expect(linkToken('#other=1')).toBeNull();
  });
});
