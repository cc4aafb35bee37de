import { describe, expect, it } from 'vitest';
import { readOidcConfig } from './oidc-config.js';

const CLIENT = { MINTQ_OIDC_CLIENT_ID: 'mintq', MINTQ_OIDC_CLIENT_SECRET: 's3cret' };

describe('readOidcConfig', () => {
  it('is off without an issuer', () => {
    expect(readOidcConfig({})).toBeUndefined();
    expect(readOidcConfig({ MINTQ_OIDC_ISSUER: '  ', ...CLIENT })).toBeUndefined();
  });

  it('reads an https issuer, the client and the button name', () => {
    expect(
      readOidcConfig({
        MINTQ_OIDC_ISSUER: 'https://login.example.org/realms/x',
        MINTQ_OIDC_NAME: ' Stiftung ',
        ...CLIENT,
      }),
    ).toEqual({
      issuer: new URL('https://login.example.org/realms/x'),
      clientId: 'mintq',
      clientSecret: 's3cret',
      name: 'Stiftung',
    });
  });

  it('allows plain http only for a provider on this machine', () => {
    expect(readOidcConfig({ MINTQ_OIDC_ISSUER: 'http://127.0.0.1:4712', ...CLIENT })?.issuer.port).toBe(
      '4712',
    );
    expect(readOidcConfig({ MINTQ_OIDC_ISSUER: 'http://localhost:4712', ...CLIENT })).toBeDefined();
    expect(() => readOidcConfig({ MINTQ_OIDC_ISSUER: 'http://login.example.org', ...CLIENT })).toThrow(
      /https/,
    );
    expect(() => readOidcConfig({ MINTQ_OIDC_ISSUER: 'ftp://127.0.0.1', ...CLIENT })).toThrow(/https/);
    expect(() => readOidcConfig({ MINTQ_OIDC_ISSUER: 'not a url', ...CLIENT })).toThrow(/must be a URL/);
  });

  it('needs the client id and secret with an issuer', () => {
    const issuer = { MINTQ_OIDC_ISSUER: 'https://login.example.org' };
    expect(() => readOidcConfig(issuer)).toThrow(/MINTQ_OIDC_CLIENT_ID/);
    expect(() => readOidcConfig({ ...issuer, MINTQ_OIDC_CLIENT_ID: 'mintq' })).toThrow(
      /MINTQ_OIDC_CLIENT_SECRET/,
    );
  });
});
