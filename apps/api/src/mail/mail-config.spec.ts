import { describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import { DEFAULT_MAIL_FROM, readMailConfig } from './mail-config.js';

describe('mail settings', () => {
  it('defaults to the outbox, the default sender and the address mintq listens on', () => {
    const config = readConfig({ PORT: '4100' });
    expect(config.mail).toEqual({ smtpUrl: undefined, from: DEFAULT_MAIL_FROM });
    expect(config.publicUrl).toBe('http://127.0.0.1:4100');
  });

  it('reads an SMTP URL, a sender and a public URL without its trailing slash', () => {
    const config = readConfig({
      MINTQ_SMTP_URL: 'smtps://mintq:geheim@mail.example.org:465',
      MINTQ_MAIL_FROM: 'MINT-Qualitätsoffensive <mintq@stiftung.example>',
      MINTQ_PUBLIC_URL: 'https://mintq.example.org/',
    });
    expect(config.mail.smtpUrl?.hostname).toBe('mail.example.org');
    expect(config.mail.from).toBe('MINT-Qualitätsoffensive <mintq@stiftung.example>');
    expect(config.publicUrl).toBe('https://mintq.example.org');
  });

  it('refuses settings that cannot work, naming the variable but never the password', () => {
    const refusal = (env: NodeJS.ProcessEnv) => () => readMailConfig(env);
    expect(refusal({ MINTQ_SMTP_URL: 'mail.example.org' })).toThrow(/MINTQ_SMTP_URL must be a URL/);
    expect(refusal({ MINTQ_SMTP_URL: 'https://user:geheim@mail.example.org' })).toThrow(
      /MINTQ_SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(refusal({ MINTQ_SMTP_URL: 'https://user:geheim@mail.example.org' })).not.toThrow(/geheim/);
    expect(refusal({ MINTQ_MAIL_FROM: 'no address' })).toThrow(/MINTQ_MAIL_FROM/);
    expect(refusal({ MINTQ_MAIL_FROM: 'a@b.example\r\nBcc: x@y.example' })).toThrow(/MINTQ_MAIL_FROM/);
    for (const url of [
      'mintq.example.org',
      'ftp://mintq.example.org',
      'https://mintq.example.org/?a=1',
      'https://u:p@mintq.example.org',
    ])
      expect(() => readConfig({ MINTQ_PUBLIC_URL: url }), url).toThrow(/MINTQ_PUBLIC_URL/);
  });
});
