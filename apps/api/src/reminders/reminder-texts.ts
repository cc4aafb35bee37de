import type { MailLanguage, ReminderKind } from '@mintq/contract';
import { type MailText, SIGNATURE } from '../mail/mail-texts.js';

/** What a reminder mail says: only the coordinator's own name and goal, nobody else's data. */
export interface ReminderFacts {
  kind: ReminderKind;
  /** The coordinator's name (`participants.display_name`); null: a greeting without a name. */
  name: string | null;
  /** The goal a goal reminder names; null for SET_GOAL and LOG_ACTIVITY. */
  goal: { title: string; dueOn: string } | null;
  /** The project lead's words, above the standard text. */
  message: string | null;
  /** The dashboard page where the coordinator does what the mail asks. */
  link: string;
}

/** Where each kind of reminder leads in the dashboard. */
export const REMINDER_PAGES: Record<ReminderKind, string> = {
  goal_due_soon: '/mein-wirkungsziel',
  goal_overdue: '/mein-wirkungsziel',
  set_goal: '/mein-wirkungsziel',
  log_activity: '/transferaktivitaeten',
};

/** A date YYYY-MM-DD as the reader writes it: `21.11.2026` / `21 November 2026`. */
export function mailDate(day: string, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'UTC',
    ...(language === 'de' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'long' }),
  }).format(new Date(`${day}T00:00:00Z`));
}

type Wording = (goal: { title: string; due: string } | null) => { subject: string; text: string[] };

const WORDING: Record<MailLanguage, Record<ReminderKind, Wording>> = {
  de: {
    goal_due_soon: (goal) => ({
      subject: `Erinnerung: Ihr Wirkungsziel ist am ${goal?.due} fällig`,
      text: [
        `Ihr Wirkungsziel „${goal?.title}“ ist am ${goal?.due} fällig.`,
        'Bitte nehmen Sie sich bis dahin Zeit für die Zielüberprüfung: Welche Stufe haben Sie erreicht?',
      ],
    }),
    goal_overdue: (goal) => ({
      subject: 'Erinnerung: Die Zielüberprüfung Ihres Wirkungsziels steht aus',
      text: [
        `Ihr Wirkungsziel „${goal?.title}“ war am ${goal?.due} fällig; die Zielüberprüfung fehlt noch.`,
        'Bitte tragen Sie ein, welche Stufe Sie erreicht haben – das dauert nur wenige Minuten.',
      ],
    }),
    set_goal: () => ({
      subject: 'Erinnerung: Bitte setzen Sie Ihr Wirkungsziel',
      text: [
        'für Ihre Teilnahme ist noch kein Wirkungsziel eingetragen.',
        'Bitte beschreiben Sie, was sich ändern soll, und was Sie auf jeder der fünf Stufen erwarten.',
      ],
    }),
    log_activity: () => ({
      subject: 'Erinnerung: Bitte tragen Sie Ihre Transferaktivitäten ein',
      text: [
        'bitte tragen Sie Ihre Transferaktivitäten der letzten Zeit ein: Datum, Art, die erreichten Initiativen und wie viele Menschen Sie erreicht haben.',
      ],
    }),
  },
  en: {
    goal_due_soon: (goal) => ({
      subject: `Reminder: your impact goal is due on ${goal?.due}`,
      text: [
        `Your impact goal “${goal?.title}” is due on ${goal?.due}.`,
        'Please take the time for its check-in by then: which level have you reached?',
      ],
    }),
    goal_overdue: (goal) => ({
      subject: 'Reminder: the check-in of your impact goal is missing',
      text: [
        `Your impact goal “${goal?.title}” was due on ${goal?.due}; its check-in is still missing.`,
        'Please record the level you reached – it only takes a few minutes.',
      ],
    }),
    set_goal: () => ({
      subject: 'Reminder: please set your impact goal',
      text: [
        'No impact goal has been entered for your participation yet.',
        'Please describe what should change, and what you expect at each of the five levels.',
      ],
    }),
    log_activity: () => ({
      subject: 'Reminder: please enter your transfer activities',
      text: [
        'Please enter your recent transfer activities: the date, the kind, the initiatives you reached and how many people took part.',
      ],
    }),
  },
};

const GREETING: Record<MailLanguage, (name: string | null) => string> = {
  de: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
  en: (name) => (name ? `Dear ${name},` : 'Hello,'),
};

const MESSAGE_INTRO: Record<MailLanguage, string> = {
  de: 'Ihre Projektleitung schreibt:',
  en: 'Your project lead writes:',
};

const LINK_INTRO: Record<MailLanguage, string> = {
  de: 'Hier geht es direkt zur Seite in mintq:',
  en: 'This link takes you to the page in mintq:',
};

/**
 * The reminder mail of one coordinator, in their language: greeting with their name, the
 * project lead's message (when there is one), what is asked and the link to the page. The
 * preview and the job that sends it call this one function, so they say the same.
 */
export function reminderMail(language: MailLanguage, facts: ReminderFacts): MailText {
  const goal = facts.goal && { title: facts.goal.title, due: mailDate(facts.goal.dueOn, language) };
  const { subject, text } = WORDING[language][facts.kind](goal);
  const greeting = GREETING[language](facts.name);
  const message = facts.message?.trim();
  const lines = [greeting, ''];
  if (message) lines.push(MESSAGE_INTRO[language], '', message, '');
  // In German a sentence right after the greeting goes on in lower case ("Guten Tag, / für Ihre …").
  const continues = language === 'de' && !message;
  lines.push(...text.map((line, i) => (i === 0 && !continues ? capitalise(line) : line)));
  lines.push('', LINK_INTRO[language], facts.link, '', SIGNATURE[language]);
  return { subject, body: lines.join('\n') };
}

function capitalise(line: string): string {
  return line.charAt(0).toUpperCase() + line.slice(1);
}
