import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { USER_ROLES, type UserRole } from '@mintq/schema';
import { checkPassword, passwordRefusalMessage } from '../accounts/password-rule.js';
import { createApp } from '../app/create-app.js';
import { hashPassword } from '../auth/password.js';
import { type MintqConfig, readConfig } from '../config/config.js';
import { DataDirBusyError } from '../database/data-dir-lock.js';
import { migrateToLatest } from '../database/migrate.js';
import { isDatabaseEmpty, loadDemo } from '../demo/load-demo.js';
import { BundleSourceError, openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import type { ImportReport } from '../import/import.types.js';
import { FunderReleases, type ReleaseAuditSummary } from '../releases/funder-releases.service.js';
import { ReleasesRepository } from '../releases/releases.repository.js';
import { ReportsService } from '../reports/reports.service.js';
import { ScopeService } from '../scope/scope.service.js';
import { UserInputError, UsersRepository } from '../users/users.repository.js';
import { commandBackup, commandRestore } from './backup-commands.js';
import { printDemoLogins } from './demo-logins.js';
import { describeDatabase, withDatabase } from './open-database.js';
import { commandPerson } from './person-commands.js';
import { commandServe } from './serve-command.js';

const USAGE = `Usage: pnpm mintq <command>

  serve                      API and dashboard on one port (PORT, default 4000; HOST, default 127.0.0.1)
  migrate                    applies pending migrations
  import <folder|.zip> [--dry-run] [--json] [--overwrite-app-entries]
                             imports a bundle; exit 1 with file:line: column: message when invalid, or when it
                             would change entries made in the app (--overwrite-app-entries: replace them)
  demo [--force]             loads the demo data set (refuses on a non-empty database without --force)
  user add --email E --password P --role admin|project_lead|analyst|funder|participant
           [--funder KEY] [--participant KEY]
                             creates or updates a user (a funder's user: --funder; a coordinator: --participant)
  report --funder KEY --from YYYY-MM-DD --to YYYY-MM-DD [--language de|en] [--out DIR]
                             generates a funder report; writes its PDF and XLSX (default: current folder)
  audit [--funder KEY] [--json]
                             builds each funder's release (or one's) as of now and prints its privacy audit:
                             cells, hidden cells, relations, and the narrowest interval an attacker can find
  backup <file>              writes the whole database into one gzip file, consistent while others write
  restore <file>             restores a backup into an empty folder or empty database (exit 1 otherwise)
  person export <key>        prints everything mintq holds about one participant as JSON (GDPR Art. 15)
  person erase <key> [--yes] erases one participant and all that is theirs (GDPR Art. 17), after confirmation

Settings: DATABASE_URL (PostgreSQL; unset: embedded PGlite in MINTQ_DATA_DIR, default .mintq)`;

class UsageError extends Error {}

function printReport(report: ImportReport) {
  const entities = Object.keys({ ...report.inserted, ...report.skipped });
  const rows = entities.map((e) => {
    const key = e as keyof typeof report.inserted;
    const cells = [
      report.inserted[key],
      report.updated[key],
      report.unchanged[key],
      report.deleted[key],
      report.skipped[key],
    ];
    return `  ${e.padEnd(14)}${cells.map((n) => String(n ?? 0).padStart(10)).join('')}`;
  });
  console.log(
    `  ${'entity'.padEnd(14)}${['inserted', 'updated', 'unchanged', 'deleted', 'skipped'].map((h) => h.padStart(10)).join('')}`,
  );
  for (const row of rows) console.log(row);
}

async function commandImport(config: MintqConfig, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'overwrite-app-entries': { type: 'boolean', default: false },
    },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError('import takes one folder or .zip file');
  return withDatabase(config, async ({ db }) => {
    const source = await openBundleSource(path);
    let report: ImportReport;
    try {
      report = await new ImportService(db).importBundle(source, {
        dryRun: values['dry-run'],
        overwriteAppEntries: values['overwrite-app-entries'],
        actor: 'cli',
        timeLimitSeconds: config.importTimeLimitSeconds,
      });
    } finally {
      await source.close();
    }
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
    } else if (!report.ok) {
      for (const error of report.errors) console.error(error);
      console.error(`\n${report.errors.length} problem(s): nothing was imported.`);
    } else {
      console.log(
        values['dry-run']
          ? 'Dry run: the bundle is valid; nothing was written.'
          : `Imported (batch ${report.batchId}) in ${report.durationMs} ms.`,
      );
      if (report.conflicts > 0)
        console.log(
          `${report.conflicts} row(s) entered in the app ${values['dry-run'] ? 'would be' : 'were'} overwritten.`,
        );
      printReport(report);
    }
    return report.ok ? 0 : 1;
  });
}

async function commandDemo(config: MintqConfig, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false } } });
  return withDatabase(config, async ({ db }) => {
    if (!values.force && !(await isDatabaseEmpty(db))) {
      console.error(
        'The database already holds data: use `pnpm mintq demo --force` to load the demo data over it.',
      );
      return 1;
    }
    const report = await loadDemo(db, { withLogins: !config.production });
    console.log(`Demo data loaded into ${describeDatabase(config)} in ${report.durationMs} ms.`);
    printReport(report);
    if (!config.production) printDemoLogins();
    return 0;
  });
}

async function commandUser(config: MintqConfig, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new UsageError('the user command knows only "user add"');
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      funder: { type: 'string' },
      participant: { type: 'string' },
    },
  });
  const { email, password, role, funder, participant } = values;
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError('--email must be an e-mail address');
  if (!password) throw new UsageError('--password is required');
  const refusal = checkPassword(password, { email });
  if (refusal) throw new UsageError(`--password: ${passwordRefusalMessage(refusal)}`);
  if (!role || !USER_ROLES.includes(role as UserRole))
    throw new UsageError(`--role must be one of ${USER_ROLES.join(', ')}`);
  if ((role === 'funder') !== (funder !== undefined))
    throw new UsageError('--funder KEY is required for the role funder, and only for it');
  if ((role === 'participant') !== (participant !== undefined))
    throw new UsageError('--participant KEY is required for the role participant, and only for it');
  return withDatabase(config, async ({ db }) => {
    const user = await new UsersRepository(db).upsertUser({
      email,
      passwordHash: await hashPassword(password),
      role: role as UserRole,
      funderKey: funder ?? null,
      participantKey: participant ?? null,
    });
    const of = participant ? `, participant ${participant}` : '';
    console.log(`${user.created ? 'Created' : 'Updated'} user ${user.email} (${user.role}${of}).`);
    return 0;
  });
}

async function commandReport(config: MintqConfig, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      funder: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      language: { type: 'string', default: 'de' },
      out: { type: 'string', default: '.' },
    },
  });
  const { funder, from, to, language, out } = values;
  if (!funder || !from || !to)
    throw new UsageError('report needs --funder KEY --from YYYY-MM-DD --to YYYY-MM-DD');
  if (language !== 'de' && language !== 'en') throw new UsageError('--language must be de or en');
  return withDatabase(config, async (database) => {
    // The whole app, not just the service: the report must come from the very services
    // (and the one Chromium) the server uses. Nothing listens.
    const app = await createApp(database, { ...config, logLevel: 'warn' });
    try {
      await app.init();
      const reports = app.get(ReportsService);
      // The command line stands for the operator: an admin without a user row.
      const viewer = { userId: 0, email: 'cli', role: 'ADMIN', funderId: null, funderKey: null } as const;
      const report = await reports.generate(viewer, { funder, from, to, language });
      const dir = resolve(out);
      await mkdir(dir, { recursive: true });
      const written: string[] = [];
      for (const format of ['pdf', 'xlsx'] as const) {
        const file = await reports.download(viewer, report.id, format);
        const path = join(dir, file.fileName);
        await writeFile(path, file.bytes);
        written.push(path);
      }
      console.log(`Report ${report.id}\nsha256 ${report.contentHash}`);
      for (const path of written) console.log(`  ${path}`);
      return 0;
    } finally {
      await app.close();
    }
  });
}

async function commandAudit(config: MintqConfig, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { funder: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  return withDatabase(config, async (database) => {
    const app = await createApp(database, { ...config, logLevel: 'warn' });
    try {
      await app.init();
      const releases = app.get(FunderReleases);
      const scopes = app.get(ScopeService);
      const funders = values.funder ? [values.funder] : await app.get(ReleasesRepository).funderKeys();
      const summaries: ReleaseAuditSummary[] = [];
      for (const funder of funders) {
        const { cap } = await scopes.releasePeriodsOf(funder);
        const { audit } = await releases.build(funder, cap, { exactAudit: true });
        summaries.push(audit);
        if (!values.json) console.log(describeAudit(audit));
      }
      if (values.json) console.log(JSON.stringify(summaries, null, 2));
      return summaries.every((s) => s.passed) ? 0 : 1;
    } finally {
      await app.close();
    }
  });
}

/** One funder's audit as lines for a terminal. */
function describeAudit(audit: ReleaseAuditSummary): string {
  const interval = (i: { min: number; max: number }) =>
    `[${format(i.min)}, ${i.max === null || i.max === Number.POSITIVE_INFINITY ? '∞' : format(i.max)}]`;
  const lines = [
    `${audit.funder}: ${audit.passed ? 'passed' : 'FAILED'} (as of ${audit.cap}, k = ${audit.k}, ${audit.seconds} s)`,
    `  ${audit.cells} cells in ${audit.objects} objects, ${audit.relations} relations`,
    `  hidden: ${audit.hiddenObjects} objects by rule 1, ${audit.hiddenCells} further cells`,
    `  ${audit.audited} hidden counts of 1 … ${audit.k - 1} people audited`,
    audit.narrowest
      ? `  narrowest interval: ${interval(audit.narrowest)} for ${audit.narrowest.cell}`
      : '  nothing to audit: no hidden count of 1 … k−1 people',
    ...audit.failures.map((f) => `  NOT PROTECTED: ${f.cell} ${interval(f)}`),
  ];
  return lines.join('\n');
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** Runs one mintq command; resolves to the process exit code (serve: once it has stopped). */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    return await dispatch(argv, readConfig(env));
  } catch (error) {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (
      error instanceof BundleSourceError ||
      error instanceof UserInputError ||
      error instanceof DataDirBusyError
    )
      console.error(error.message);
    else console.error(error instanceof Error ? error.message : String(error));
    return error instanceof UsageError ? 2 : 1;
  }
}

async function dispatch(argv: string[], config: MintqConfig): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      return commandServe(config, args);
    case 'migrate':
      return withDatabase(
        config,
        async ({ db }) => {
          const applied = await migrateToLatest(db);
          console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
          return 0;
        },
        { migrate: false },
      );
    case 'import':
      return commandImport(config, args);
    case 'demo':
      return commandDemo(config, args);
    case 'user':
      return commandUser(config, args);
    case 'report':
      return commandReport(config, args);
    case 'audit':
      return commandAudit(config, args);
    case 'backup':
      return commandBackup(args, (run) => withDatabase(config, run));
    case 'restore':
      return commandRestore(args, (run) => withDatabase(config, run, { migrate: false }));
    case 'person':
      return commandPerson(args, (run) => withDatabase(config, run));
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
