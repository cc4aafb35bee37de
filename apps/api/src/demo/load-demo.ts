import type { DB } from '@mintq/schema';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { memoryBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import type { ImportReport } from '../import/import.types.js';
import { UsersRepository } from '../users/users.repository.js';
import { loadDemoCoordinators } from './coordinators.js';
import { generateDemoBundle } from './generate-demo-bundle.js';

/** The password of every demo sign-in. */
export const DEMO_PASSWORD = 'mintq-demo';

/** Sign-ins of the demo, one per role (the coordinators: `DEMO_COORDINATORS`); never created with NODE_ENV=production. */
export const DEMO_LOGINS = [
  { email: 'admin@mintq.example', password: 'mintq-demo', role: 'admin', funderKey: null },
  { email: 'projektleitung@mintq.example', password: 'mintq-demo', role: 'project_lead', funderKey: null },
  { email: 'analyse@mintq.example', password: 'mintq-demo', role: 'analyst', funderKey: null },
  { email: 'telekom@mintq.example', password: 'mintq-demo', role: 'funder', funderKey: 'telekom-stiftung' },
  { email: 'aqtivator@mintq.example', password: 'mintq-demo', role: 'funder', funderKey: 'aqtivator' },
] as const;

/** True when the database holds no imported data yet. */
export async function isDatabaseEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('programs').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the generated demo bundle through the real importer, then the demo sign-ins, and the
 * demo coordinators with what they entered in the app (dated relative to today: `coordinators.ts`).
 */
export async function loadDemo(db: Kysely<DB>, options: { withLogins: boolean }): Promise<ImportReport> {
  const source = memoryBundleSource('demo', generateDemoBundle());
  const report = await new ImportService(db).importBundle(source, { actor: 'demo' });
  if (!report.ok) throw new Error(`the demo bundle was rejected:\n${report.errors.join('\n')}`);
  if (options.withLogins) {
    const users = new UsersRepository(db);
    for (const login of DEMO_LOGINS) {
      await users.upsertUser({
        email: login.email,
        passwordHash: await hashPassword(login.password),
        role: login.role,
        funderKey: login.funderKey,
      });
    }
    await loadDemoCoordinators(db, await hashPassword(DEMO_PASSWORD));
  }
  return report;
}
