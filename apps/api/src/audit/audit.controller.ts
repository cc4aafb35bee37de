import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Can } from '../auth/can.decorator.js';
import { BadRequestError } from '../errors/bad-request.error.js';
import { describeError } from '../logging/describe-error.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { AuditService } from './audit.service.js';
import { AUDIT_CSV_HEADER, auditCsvLine, auditCsvRow, BOM, type CsvLanguage } from './audit-csv.js';

/** A query-string value given once (`?user=a`) or not at all; a repeated one is refused. */
function single(name: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new BadRequestError(`${name} must be given once`);
  return value;
}

/** `action` may repeat: `?action=login.failed&action=login.locked`. */
function list(value: unknown): string[] | null {
  if (value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === 'string')) throw new BadRequestError('action must be text');
  return values as string[];
}

/**
 * `GET /api/audit.csv?action=…&user=…&from=…&to=…&lang=de|en`: the audit log with the audit
 * page's filter, newest first, for a spreadsheet (`;`, UTF-8 with BOM, a header row in German
 * or English). ADMIN only, with the bearer token like every other request.
 */
@Controller('api')
export class AuditController {
  constructor(
    private readonly service: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('audit.csv')
  @Can('readAuditLog')
  async csv(
    @Res() res: Response,
    @Query('action') action: unknown,
    @Query('user') user: unknown,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('lang') lang: unknown,
  ): Promise<void> {
    const language = single('lang', lang) ?? 'de';
    if (language !== 'de' && language !== 'en') throw new BadRequestError('lang must be de or en');
    const filter = {
      actions: list(action),
      user: single('user', user),
      from: single('from', from),
      to: single('to', to),
    };
    const entries = this.service.entries(filter);
    // The first chunk is read before the status is sent, so a wrong filter is still a 400.
    const first = await entries.next();
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(language === 'de' ? 'protokoll.csv' : 'audit-log.csv')
      .set('cache-control', 'private, no-store');
    res.write(BOM + auditCsvLine(AUDIT_CSV_HEADER[language as CsvLanguage]));
    try {
      if (!first.done) {
        res.write(auditCsvRow(first.value));
        for await (const entry of entries) res.write(auditCsvRow(entry));
      }
      res.end();
    } catch (error) {
      // Half a file is sent: cut the connection, so the download fails rather than look complete.
      this.logger.error({ error: describeError(error) }, 'audit CSV: reading the log failed');
      res.destroy();
    }
  }
}
