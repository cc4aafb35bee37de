import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { sql } from 'kysely';
import { Public } from '../auth/public.decorator.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import { Lifecycle } from './lifecycle.js';

/** Longer than this, and the database counts as away: a load balancer must not wait on /readyz. */
const READY_TIMEOUT_MS = 3_000;

/** Liveness and readiness for process supervisors and load balancers (operations.md); no session needed. */
@Public()
@Controller()
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly lifecycle: Lifecycle,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready() {
    if (this.lifecycle.stopping)
      throw new ServiceUnavailableException({ status: 'stopping', database: this.database.kind });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        sql`select 1`.execute(this.database.db),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
        }),
      ]);
      return { status: 'ok', database: this.database.kind };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: this.database.kind });
    } finally {
      clearTimeout(timer);
    }
  }
}
