import { LINK_LIFETIME_HOURS, type MailLanguage, type Role } from '@mintq/contract';

/** A mail as mintq writes it: plain text, in the recipient's language. */
export interface MailText {
  subject: string;
  body: string;
}

export interface InvitationFacts {
  /** The inviting user's e-mail; null when invited from the command line. */
  inviter: string | null;
  role: Role;
  /** The funder's name for a FUNDER user. */
  funder: string | null;
  link: string;
  expiresAt: Date;
}

export interface PasswordResetFacts {
  link: string;
  expiresAt: Date;
}

/** Berlin time as the reader expects it: `8. Dezember 2026, 17:05 Uhr` / `8 December 2026, 17:05`. */
function berlinTime(at: Date, language: MailLanguage): string {
  const text = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at);
  return language === 'de' ? `${text} Uhr` : `${text} (Berlin time)`;
}

const ROLE_NAMES: Record<MailLanguage, Record<Role, string>> = {
  de: {
    ADMIN: 'Administration',
    PROJECT_LEAD: 'Projektleitung',
    ANALYST: 'Analyse',
    FUNDER: 'Förderer',
    PARTICIPANT: 'Netzwerkkoordination',
  },
  en: {
    ADMIN: 'Administration',
    PROJECT_LEAD: 'Project lead',
    ANALYST: 'Analyst',
    FUNDER: 'Funder',
    PARTICIPANT: 'Network coordinator',
  },
};

/** Ends every mail mintq writes (the reminders' texts too). */
export const SIGNATURE: Record<MailLanguage, string> = {
  de: '-- \nmintq – Wirkungsanalyse der MINT-Qualitätsoffensive\nDiese Nachricht wurde automatisch erstellt.',
  en: '-- \nmintq – impact analytics of the MINT-Qualitätsoffensive\nThis message was sent automatically.',
};

/** The invitation: who invited whom as what, the link, and until when it works. */
export function invitationMail(language: MailLanguage, facts: InvitationFacts): MailText {
  const role = ROLE_NAMES[language][facts.role];
  const until = berlinTime(facts.expiresAt, language);
  const as = facts.funder ? `${role} (${facts.funder})` : role;
  if (language === 'de') {
    return {
      subject: 'Einladung zu mintq',
      body: [
        'Guten Tag,',
        '',
        `${facts.inviter ?? 'die Administration von mintq'} lädt Sie zu mintq ein, der Wirkungsanalyse der MINT-Qualitätsoffensive. Ihre Rolle: ${as}.`,
        '',
        'Mit diesem Link legen Sie Ihr Passwort fest und melden sich an:',
        facts.link,
        '',
        `Der Link gilt bis ${until} und nur einmal. Ist er abgelaufen, bitten Sie um eine neue Einladung.`,
        'Haben Sie keine Einladung erwartet, können Sie diese Nachricht ignorieren.',
        '',
        SIGNATURE.de,
      ].join('\n'),
    };
  }
  return {
    subject: 'Your invitation to mintq',
    body: [
      'Hello,',
      '',
      `${facts.inviter ?? 'The administrators of mintq'} invited you to mintq, the impact analytics of the MINT-Qualitätsoffensive. Your role: ${as}.`,
      '',
      'Use this link to set your password and sign in:',
      facts.link,
      '',
      `The link works once, until ${until}. When it has expired, ask for a new invitation.`,
      'If you did not expect an invitation, you can ignore this message.',
      '',
      SIGNATURE.en,
    ].join('\n'),
  };
}

/** The password reset: the link, its short life, and what to do when it was not you. */
export function passwordResetMail(language: MailLanguage, facts: PasswordResetFacts): MailText {
  const until = berlinTime(facts.expiresAt, language);
  const hours = LINK_LIFETIME_HOURS.password_reset;
  if (language === 'de') {
    return {
      subject: 'Passwort für mintq zurücksetzen',
      body: [
        'Guten Tag,',
        '',
        'für Ihr Konto bei mintq wurde ein neues Passwort angefordert. Mit diesem Link legen Sie es fest:',
        facts.link,
        '',
        `Der Link gilt ${hours === 1 ? 'eine Stunde' : `${hours} Stunden`} (bis ${until}) und nur einmal.`,
        'Waren Sie das nicht, ignorieren Sie diese Nachricht: Ihr bisheriges Passwort bleibt gültig.',
        '',
        SIGNATURE.de,
      ].join('\n'),
    };
  }
  return {
    subject: 'Reset your mintq password',
    body: [
      'Hello,',
      '',
      'A new password was requested for your mintq account. Use this link to set it:',
      facts.link,
      '',
      `The link works once, for ${hours === 1 ? 'one hour' : `${hours} hours`} (until ${until}).`,
      'If this was not you, ignore this message: your current password stays valid.',
      '',
      SIGNATURE.en,
    ].join('\n'),
  };
}
