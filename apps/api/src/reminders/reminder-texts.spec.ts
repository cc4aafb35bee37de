import { REMINDER_KINDS } from '@mintq/contract';
import { describe, expect, it } from 'vitest';
import { SIGNATURE } from '../mail/mail-texts.js';
import { mailDate, REMINDER_PAGES, reminderMail } from './reminder-texts.js';

const GOAL = { title: 'Zwei Initiativen zur Wirkungsmessung beraten', dueOn: '2026-11-21' };
const LINK = `https://mintq.example.org${REMINDER_PAGES.goal_overdue}`;

describe('reminder mails', () => {
  it('write dates as the reader does', () => {
    expect(mailDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(mailDate('2026-03-01', 'en')).toBe('1 March 2026');
    // No time zone shifts a date: the last day of October stays itself.
    expect(mailDate('2026-10-31', 'de')).toBe('31.10.2026');
  });

  it('name the goal, its due date, the coordinator and the page, in German', () => {
    const mail = reminderMail('de', {
      kind: 'goal_overdue',
      name: 'Miriam Yilmaz',
      goal: GOAL,
      message: null,
      link: LINK,
    });
    expect(mail.subject).toBe('Erinnerung: Die Zielüberprüfung Ihres Wirkungsziels steht aus');
    expect(mail.body).toBe(
      [
        'Guten Tag Miriam Yilmaz,',
        '',
        'Ihr Wirkungsziel „Zwei Initiativen zur Wirkungsmessung beraten“ war am 21.11.2026 fällig; die Zielüberprüfung fehlt noch.',
        'Bitte tragen Sie ein, welche Stufe Sie erreicht haben – das dauert nur wenige Minuten.',
        '',
        'Hier geht es direkt zur Seite in mintq:',
        'https://mintq.example.org/mein-wirkungsziel',
        '',
        SIGNATURE.de,
      ].join('\n'),
    );
    const soon = reminderMail('de', {
      kind: 'goal_due_soon',
      name: null,
      goal: GOAL,
      message: null,
      link: LINK,
    });
    expect(soon.subject).toBe('Erinnerung: Ihr Wirkungsziel ist am 21.11.2026 fällig');
    expect(soon.body.startsWith('Guten Tag,\n\nIhr Wirkungsziel „Zwei Initiativen')).toBe(true);
  });

  it('put the project lead’s message above the standard text, in English', () => {
    const mail = reminderMail('en', {
      kind: 'goal_due_soon',
      name: 'Lukas Werner',
      goal: GOAL,
      message: '  Please bring it to Friday’s meeting.  ',
      link: LINK,
    });
    expect(mail.subject).toBe('Reminder: your impact goal is due on 21 November 2026');
    expect(mail.body.split('\n').slice(0, 6)).toEqual([
      'Dear Lukas Werner,',
      '',
      'Your project lead writes:',
      '',
      'Please bring it to Friday’s meeting.',
      '',
    ]);
    expect(mail.body).toContain(
      'Your impact goal “Zwei Initiativen zur Wirkungsmessung beraten” is due on 21 November 2026.',
    );
    expect(mail.body.endsWith(SIGNATURE.en)).toBe(true);
  });

  it('continue the German greeting in lower case, and capitalise after a message', () => {
    const plain = reminderMail('de', {
      kind: 'set_goal',
      name: 'Jonas Koch',
      goal: null,
      message: null,
      link: LINK,
    });
    expect(plain.body).toContain(
      'Guten Tag Jonas Koch,\n\nfür Ihre Teilnahme ist noch kein Wirkungsziel eingetragen.',
    );
    const withMessage = reminderMail('de', {
      kind: 'set_goal',
      name: 'Jonas Koch',
      goal: null,
      message: 'Bis Freitag bitte.',
      link: LINK,
    });
    expect(withMessage.body).toContain(
      'Bis Freitag bitte.\n\nFür Ihre Teilnahme ist noch kein Wirkungsziel eingetragen.',
    );
  });

  it('have a subject and a body for every kind in both languages, each leading to its page', () => {
    for (const language of ['de', 'en'] as const)
      for (const kind of REMINDER_KINDS) {
        const link = `https://mintq.example.org${REMINDER_PAGES[kind]}`;
        const mail = reminderMail(language, { kind, name: 'Sven Schmidt', goal: GOAL, message: null, link });
        expect(mail.subject.length, `${language} ${kind}`).toBeGreaterThan(10);
        expect(mail.body).toContain(`\n${link}\n`);
        expect(mail.body).not.toContain('undefined');
      }
    expect(REMINDER_PAGES.log_activity).toBe('/transferaktivitaeten');
  });
});
