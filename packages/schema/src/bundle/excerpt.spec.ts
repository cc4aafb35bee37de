import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, excerpt } from './excerpt.js';

describe('excerpt', () => {
  it('keeps a short value as it is', () => {
    expect(excerpt('mint-ostalb')).toBe('mint-ostalb');
    expect(excerpt('x'.repeat(EXCERPT_CHARS))).toBe('x'.repeat(EXCERPT_CHARS));
  });

  it('cuts a long one after its first characters', () => {
    expect(excerpt('x'.repeat(10 * 1024 * 1024))).toBe(`${'x'.repeat(EXCERPT_CHARS)}…`);
  });

  it('never cuts a character in two', () => {
    const value = `${'x'.repeat(EXCERPT_CHARS - 1)}😀😀`;
    expect(excerpt(value)).toBe(`${'x'.repeat(EXCERPT_CHARS - 1)}…`);
  });
});
