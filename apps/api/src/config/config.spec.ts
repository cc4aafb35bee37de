import { describe, expect, it } from 'vitest';
import { readConfig, readTrustProxy } from './config.js';

describe('MINTQ_TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(readConfig({}).trustProxy).toBe(0);
    expect(readTrustProxy('')).toBe(0);
    expect(readTrustProxy(' 0 ')).toBe(0);
  });

  it('takes a number of hops, or addresses, CIDR ranges and range names', () => {
    expect(readTrustProxy('2')).toBe(2);
    expect(readTrustProxy('10.0.0.0/8, 192.168.1.5,loopback, fd00::/8, ::1')).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      'loopback',
      'fd00::/8',
      '::1',
    ]);
  });

  it('refuses what is neither, naming the bad entries', () => {
    for (const value of [
      'yes',
      'true',
      '-1',
      '1.5',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.1/8/1',
      'proxy.example',
    ]) {
      expect(() => readTrustProxy(value), value).toThrow(/^MINTQ_TRUST_PROXY must be/);
    }
    expect(() => readConfig({ MINTQ_TRUST_PROXY: '10.0.0.1, nginx' })).toThrow(/not: "nginx"/);
  });
});
