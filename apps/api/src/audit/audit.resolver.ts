import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs, AuditLogPageType, OutboxMailType } from './audit.types.js';

/** Rows a page holds when `first` is not given (or given as null). */
const DEFAULT_PAGE = 50;

/** The audit log and the mail outbox: ADMIN only (`readAuditLog`). */
@Resolver()
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Can('readAuditLog')
  @Query(() => AuditLogPageType, {
    description:
      'Sign-ins, failed sign-ins, user changes, imports and data-protection requests, newest first; as CSV: GET /api/audit.csv.',
  })
  auditLog(@Args() args: AuditLogArgs): Promise<AuditLogPageType> {
    return this.service.page(args.filter ?? {}, args.first ?? DEFAULT_PAGE, args.after ?? null);
  }

  @Can('readAuditLog')
  @Query(() => [OutboxMailType], { description: 'The mails mintq wrote, newest first.' })
  mailOutbox(
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE }) first: number | null,
  ): Promise<OutboxMailType[]> {
    return this.service.mailOutbox(first ?? DEFAULT_PAGE);
  }
}
