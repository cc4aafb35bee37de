import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('accepts the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('Wirkung-2025!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('Wirkung-2025!', hash)).toBe(true);
    expect(await verifyPassword('wirkung-2025!', hash)).toBe(false);
  });

  it('salts every hash and rejects malformed stored hashes', async () => {
    expect(await hashPassword('x')).not.toEqual(await hashPassword('x'));
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });
});
