import { Injectable } from '@nestjs/common';
import { isIsoDate } from '../common/date.scalar.js';
import { BadUserInputError } from '../errors/bad-user-input.error.js';
import { because } from '../errors/mintq-error.js';
import { type AuditLogFilter, type AuditLogRow, AuditRepository } from './audit.repository.js';
import type { AuditEntryType, AuditLogPageType, OutboxMailType } from './audit.types.js';

const MAX_PAGE = 500;
const MAX_OUTBOX = 200;
/** Rows per query while the CSV is written: the file streams, memory stays flat. */
const CSV_CHUNK = 1000;
/** A filter names a few actions, not a list to make the query heavy. */
const MAX_ACTIONS = 50;
const MAX_USER_LENGTH = 320;

/** Cursors are opaque to clients: the id of a page's last row, base64url-encoded. */
const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[1-9]\d{0,18}$/.test(id)) throw new BadUserInputError('after is not a cursor of this list');
  return id;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** What an admin may ask of the audit log, as given by GraphQL or the CSV's query string. */
export interface AuditFilterInputValues {
  actions?: readonly string[] | null;
  user?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The audit log and the mail outbox for admins (`readAuditLog`). */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async page(input: AuditFilterInputValues, first: number, after: string | null): Promise<AuditLogPageType> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`);
    const filter = checkedFilter(input);
    const page = { limit: first, beforeId: after ? decodeCursor(after) : null };
    const [rows, totalCount] = await Promise.all([
      this.repository.auditLog(filter, page),
      this.repository.auditCount(filter),
    ]);
    const nodes = rows.slice(0, first).map(toEntry);
    const last = nodes.at(-1);
    return { nodes, totalCount, endCursor: rows.length > first && last ? encodeCursor(last.id) : null };
  }

  /** Every row the filter selects, newest first, a chunk at a time (for the CSV). */
  async *entries(input: AuditFilterInputValues): AsyncGenerator<AuditEntryType> {
    const filter = checkedFilter(input);
    let beforeId: string | null = null;
    for (;;) {
      const rows = await this.repository.auditLog(filter, { limit: CSV_CHUNK, beforeId });
      for (const row of rows.slice(0, CSV_CHUNK)) yield toEntry(row);
      if (rows.length <= CSV_CHUNK) return;
      beforeId = (rows[CSV_CHUNK - 1] as AuditLogRow).id;
    }
  }

  /** Newest first. */
  async mailOutbox(first: number): Promise<OutboxMailType[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_OUTBOX)
      throw new BadUserInputError(`first must be between 1 and ${MAX_OUTBOX}`);
    const rows = await this.repository.mailOutbox(first);
    return rows.map((row) => ({
      id: row.id,
      createdAt: iso(row.created_at),
      kind: row.kind,
      recipient: row.recipient,
      subject: row.subject,
      body: row.body,
      sentAt: row.sent_at === null ? null : iso(row.sent_at),
      error: row.error,
    }));
  }
}

/** Checks what GraphQL's types do not (the CSV's query string has none): dates, sizes, order. */
export function checkedFilter(input: AuditFilterInputValues): AuditLogFilter {
  const { actions = null, user = null, from = null, to = null } = input;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (value !== null && !isIsoDate(value))
      throw new BadUserInputError(`${field} must be a date YYYY-MM-DD`, because('DATE_INVALID', { field }));
  if (from !== null && to !== null && from > to)
    throw new BadUserInputError('from lies after to', because('PERIOD_REVERSED'));
  if (actions !== null && actions.length > MAX_ACTIONS)
    throw new BadUserInputError(`at most ${MAX_ACTIONS} actions`);
  if (user !== null && user.length > MAX_USER_LENGTH)
    throw new BadUserInputError(`user must be at most ${MAX_USER_LENGTH} characters`);
  return { actions, user: user?.trim() || null, from, to };
}

function toEntry(row: AuditLogRow): AuditEntryType {
  return {
    id: row.id,
    at: iso(row.at),
    action: row.action,
    actor: row.actor,
    subject: row.subject,
    details: row.details,
  };
}
