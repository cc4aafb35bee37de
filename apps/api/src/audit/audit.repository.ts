import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { SqlRepository } from '../database/sql-repository.js';

/** Which rows of the audit log: every condition given must hold. */
export interface AuditLogFilter {
  /** Any of these actions; all when null or empty. */
  actions: readonly string[] | null;
  /** Part of the acting user's or the affected user's e-mail, ignoring case. */
  user: string | null;
  /** Calendar days in Europe/Berlin (YYYY-MM-DD), both included. */
  from: string | null;
  to: string | null;
}

export interface AuditLogPageRequest {
  /** Rows to return; one more is fetched to know whether a next page exists. */
  limit: number;
  /** Return rows older than this id (keyset pagination, newest first). */
  beforeId: string | null;
}

/** One row of the audit log as the audit page shows it. */
export interface AuditLogRow {
  id: string;
  at: Date | string;
  action: string;
  actor: string | null;
  subject: string | null;
  details: string;
}

/** The audit log and the mail outbox, for admins: filtered and counted in SQL, newest first. */
@Injectable()
export class AuditRepository extends SqlRepository {
  private filtered(filter: AuditLogFilter) {
    const { actions, user, from, to } = filter;
    return (
      this.db
        .selectFrom('audit_log as a')
        .leftJoin('users as actor', 'actor.id', 'a.user_id')
        // A change to a user names it as `user:<id>`: the page shows (and filters by) its e-mail.
        .leftJoin('users as affected', (join) => join.on(sql<boolean>`a.subject = 'user:' || affected.id`))
        .$if(actions !== null && actions.length > 0, (qb) => qb.where('a.action', 'in', actions as string[]))
        .$if(user !== null, (qb) =>
          qb.where(
            sql<boolean>`(strpos(lower(actor.email), lower(${user})) > 0 or strpos(lower(affected.email), lower(${user})) > 0)`,
          ),
        )
        .$if(from !== null, (qb) =>
          qb.where('a.at', '>=', sql<Date>`(${from}::date)::timestamp at time zone 'Europe/Berlin'`),
        )
        .$if(to !== null, (qb) =>
          qb.where('a.at', '<', sql<Date>`(${to}::date + 1)::timestamp at time zone 'Europe/Berlin'`),
        )
    );
  }

  auditLogQuery(filter: AuditLogFilter, page: AuditLogPageRequest) {
    return this.filtered(filter)
      .select([
        sql<string>`a.id::text`.as('id'),
        'a.at',
        'a.action',
        'actor.email as actor',
        sql<string | null>`coalesce(affected.email, a.subject)`.as('subject'),
        sql<string>`a.details::text`.as('details'),
      ])
      .$if(page.beforeId !== null, (qb) => qb.where('a.id', '<', sql<string>`${page.beforeId}::bigint`))
      .orderBy('a.id', 'desc')
      .limit(page.limit + 1);
  }

  auditLog(filter: AuditLogFilter, page: AuditLogPageRequest): Promise<AuditLogRow[]> {
    return this.auditLogQuery(filter, page).execute();
  }

  auditCountQuery(filter: AuditLogFilter) {
    return this.filtered(filter).select(sql<number>`count(*)::int`.as('total'));
  }

  async auditCount(filter: AuditLogFilter): Promise<number> {
    return (await this.auditCountQuery(filter).executeTakeFirstOrThrow()).total;
  }

  mailOutboxQuery(limit: number) {
    return this.db
      .selectFrom('mail_outbox')
      .select(['id', 'created_at', 'kind', 'recipient', 'subject', 'body', 'sent_at', 'error'])
      .orderBy('id', 'desc')
      .limit(limit);
  }

  mailOutbox(limit: number) {
    return this.mailOutboxQuery(limit).execute();
  }
}
