/** Where mintq's mails go (README "Accounts and e-mail"). */
export interface MailConfig {
  /** MINTQ_SMTP_URL, e.g. `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; unset: outbox only. */
  smtpUrl: URL | undefined;
  /** MINTQ_MAIL_FROM: the sender, default `mintq <no-reply@localhost>`. */
  from: string;
}

export const DEFAULT_MAIL_FROM = 'mintq <no-reply@localhost>';

/** Reads MINTQ_SMTP_URL and MINTQ_MAIL_FROM; the error names the variable but never the URL's password. */
export function readMailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const text = env.MINTQ_SMTP_URL?.trim();
  let smtpUrl: URL | undefined;
  if (text) {
    try {
      smtpUrl = new URL(text);
    } catch {
      throw new Error('MINTQ_SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587');
    }
    if (smtpUrl.protocol !== 'smtp:' && smtpUrl.protocol !== 'smtps:')
      throw new Error(`MINTQ_SMTP_URL must start with smtp:// or smtps:// (is ${smtpUrl.protocol}//…)`);
    if (!smtpUrl.hostname) throw new Error('MINTQ_SMTP_URL must name the mail server');
  }
  const from = env.MINTQ_MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  // "Name <address>" or a bare address; a line break would let the value write headers of its own.
  if (/[\r\n]/.test(from) || !/^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(from))
    throw new Error(
      `MINTQ_MAIL_FROM must be an address, optionally with a name: "mintq <no-reply@example.org>" (is "${from}")`,
    );
  return { smtpUrl, from };
}
