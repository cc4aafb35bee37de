import { REMINDER_KINDS, type ReminderKind } from '@mintq/contract';
import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

/** `enum ReminderKind`: the GraphQL name (upper case) of each stored kind (`reminders.kind`). */
export const ReminderKindEnum = Object.fromEntries(REMINDER_KINDS.map((k) => [k.toUpperCase(), k])) as {
  [K in ReminderKind as Uppercase<K>]: K;
};
registerEnumType(ReminderKindEnum, {
  name: 'ReminderKind',
  description:
    'What a reminder asks for: GOAL_DUE_SOON (also sent by itself 14 days before a goal is due), GOAL_OVERDUE (also sent by itself the day after), SET_GOAL, LOG_ACTIVITY.',
});

@ObjectType('ReminderMail', { description: 'A reminder mail as it will be sent (reminderPreview).' })
export class ReminderMailType {
  @Field(() => String)
  participantKey: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The coordinator’s account e-mail, else their participant e-mail; null: no address, it will not be sent.',
  })
  recipient: string | null;

  @Field(() => String)
  subject: string;

  @Field(() => String)
  body: string;

  @Field(() => String, {
    description: 'de or en: the language of the coordinator’s account (de without one).',
  })
  language: string;
}

@ObjectType('Reminder', {
  description: 'A reminder mail to one coordinator, scheduled or sent once by a job.',
})
export class ReminderType {
  @Field(() => String, {
    description:
      'goal_due_soon:<goal>:<due>, goal_overdue:<goal>:<due> (scheduled), manual:<uuid>:<participant> (sent by a project lead).',
  })
  key: string;

  @Field(() => ReminderKindEnum)
  kind: ReminderKind;

  @Field(() => String)
  participantKey: string;

  @Field(() => String, { nullable: true, description: 'The goal a goal reminder names.' })
  goalKey: string | null;

  @Field(() => String, { description: 'ISO 8601 instant: not sent before then.' })
  sendAfter: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 instant: when its mail was written to the outbox (and sent when SMTP is set up).',
  })
  sentAt: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 instant.' })
  cancelledAt: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was not sent: CANCELLED, NO_EMAIL, DONE_MEANWHILE, DUE_DATE_MOVED, WITHDRAWN (contract REMINDER_CANCEL_REASONS).',
  })
  cancelReason: string | null;
}

@InputType('ReminderInput')
export class ReminderInput {
  @Field(() => String, {
    description: 'The cohort key; every participant must be enrolled in it (not withdrawn).',
  })
  cohort: string;

  @Field(() => [String])
  participantKeys: string[];

  @Field(() => ReminderKindEnum)
  kind: ReminderKind;

  @Field(() => String, {
    nullable: true,
    description: 'The project lead’s words, above the standard text (at most 2000 characters).',
  })
  message?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 instant to send at; default (and anything past): now.',
  })
  sendAt?: string | null;
}
