import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
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
  async ready(@Res({ passthrough: true }) res: Response) {
    // A 503 here is an answer, not an error: the body says why a balancer should look elsewhere.
    if (this.lifecycle.stopping) {
      res.status(503);
      return { status: 'stopping', database: this.database.kind };
    }
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
      res.status(503);
      return { status: 'unavailable', database: this.database.kind };
    } finally {
      clearTimeout(timer);
    }
  }
}
