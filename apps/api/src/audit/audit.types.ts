import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';

@ObjectType('OutboxMail', {
  description:
    'A mail mintq wrote: sent (sentAt), failed (error), or waiting without SMTP for an admin to pass on.',
})
export class OutboxMailType {
  @Field(() => Int)
  id: number;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt: string;

  @Field(() => String, { description: 'invitation, password_reset, …' })
  kind: string;

  @Field(() => String)
  recipient: string;

  @Field(() => String)
  subject: string;

  @Field(() => String)
  body: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 instant the SMTP server took it; null when not sent.',
  })
  sentAt: string | null;

  @Field(() => String, { nullable: true, description: 'Why sending failed.' })
  error: string | null;
}

@ObjectType('AuditEntry', { description: 'One row of the audit log.' })
export class AuditEntryType {
  @Field(() => String)
  id: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  at: string;

  @Field(() => String, { description: 'One of the contract’s AUDIT_ACTIONS, e.g. user.invited.' })
  action: string;

  @Field(() => String, {
    nullable: true,
    description: 'The acting user’s e-mail; null when none (command line).',
  })
  actor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it concerns: a user’s e-mail, or a reference such as import_batch:12.',
  })
  subject: string | null;

  @Field(() => String, { description: 'The details as JSON text; never a password, token or link.' })
  details: string;
}

@ObjectType('AuditLogPage')
export class AuditLogPageType {
  @Field(() => [AuditEntryType], { description: 'Newest first.' })
  nodes: AuditEntryType[];

  @Field(() => Int, { description: 'Rows that match the filter, on every page.' })
  totalCount: number;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last.',
  })
  endCursor: string | null;
}

@InputType('AuditFilter', { description: 'Every condition given must hold.' })
export class AuditFilterInput {
  @Field(() => [String], { nullable: true, description: 'Any of these actions; all when absent.' })
  actions?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the acting or the affected user’s e-mail, ignoring case.',
  })
  user?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'From this day (Europe/Berlin).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'To this day, included (Europe/Berlin).' })
  to?: string | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditFilterInput, { nullable: true })
  filter?: AuditFilterInput | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1 … 500.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}
