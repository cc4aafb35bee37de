import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { sql } from 'kysely';
import { Public } from '../auth/public.decorator.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';

/** Liveness and readiness for process supervisors and load balancers (operations.md); no session needed. */
@Public()
@Controller()
export class HealthController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get('healthz')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready() {
    try {
      await sql`select 1`.execute(this.database.db);
      return { status: 'ok', database: this.database.kind };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: this.database.kind });
    }
  }
}
