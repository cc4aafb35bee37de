import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: null, c: 0.5 }] })).toBe('{"a":[2,{"c":0.5,"d":null}],"b":1}');
  });

  it('gives the same bytes whatever order the keys were added in', () => {
    const one = { x: { q: 1, p: 'ä' }, y: [3, 1] };
    const two = { y: [3, 1], x: { p: 'ä', q: 1 } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('leaves out undefined members and prints numbers as JavaScript does', () => {
    expect(canonicalJson({ a: undefined, b: 1e21, c: 0.1 + 0.2, d: -0 })).toBe(
      '{"b":1e+21,"c":0.30000000000000004,"d":0}',
    );
  });

  it('refuses NaN and infinities, which JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/Infinity/);
  });
});
