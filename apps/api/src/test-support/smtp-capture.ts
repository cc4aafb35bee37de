import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it, parsed. */
export interface CapturedMail {
  from: string;
  /** The envelope's recipients, lower-cased. */
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpCapture {
  /** For MINTQ_SMTP_URL, e.g. `smtp://127.0.0.1:40123` (with the credentials when `auth` was given). */
  url: string;
  /** Every mail received so far, in order. */
  mails: CapturedMail[];
  /** The next mail to `to` (any case) that no earlier call returned; waits for it up to `timeoutMs` (5 s). */
  waitForMail(to: string, options?: { timeoutMs?: number }): Promise<CapturedMail>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free port of 127.0.0.1 (the `smtp-server` package) that keeps what
 * it receives, for tests of mails that really leave: `const smtp = await startSmtpCapture()`,
 * run mintq with `MINTQ_SMTP_URL: smtp.url`, then `await smtp.waitForMail('lea@example.org')`.
 * Plain SMTP without STARTTLS; with `auth` it demands those credentials (AUTH PLAIN/LOGIN).
 */
export async function startSmtpCapture(
  options: { auth?: { user: string; pass: string } } = {},
): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const waiting = new Set<() => void>();
  const { auth } = options;

  const server = new SMTPServer({
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass)
        callback(null, { user: auth.user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          for (const wake of waiting) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const credentials = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : '';

  const next = (to: string) => mails.find((mail) => !taken.has(mail) && mail.to.includes(to.toLowerCase()));
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    mails,
    waitForMail(to, { timeoutMs = 5000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = next(to);
          if (!mail) return;
          taken.add(mail);
          clearTimeout(timer);
          waiting.delete(check);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms (received: ${mails.length})`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
