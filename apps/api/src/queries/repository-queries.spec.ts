import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { THROTTLE_RULES } from '../auth/login-throttle.js';
import { LoginThrottleRepository } from '../auth/login-throttle.repository.js';
import { CatalogRepository } from '../catalog/catalog.repository.js';
import { CohortHeadlinesRepository } from '../cohort-headlines/cohort-headlines.repository.js';
import { CohortsRepository } from '../cohorts/cohorts.repository.js';
import { EventsRepository } from '../events/events.repository.js';
import { FundersRepository } from '../funders/funders.repository.js';
import { GoalsRepository } from '../goals/goals.repository.js';
import { OverdueGoalsRepository } from '../goals/overdue-goals.repository.js';
import { type BatchRecord, type ChildSync, ImportRepository } from '../import/import.repository.js';
import type { UpsertPlan } from '../import/upsert-plans.js';
import * as importPlans from '../import/upsert-plans.js';
import { ImportBatchesRepository } from '../import-http/import-batches.repository.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import { OidcRepository } from '../oidc/oidc.repository.js';
import { NetworkReachRepository } from '../reach/network-reach.repository.js';
import { ReachRepository } from '../reach/reach.repository.js';
import { type ReleaseKey, ReleasesRepository } from '../releases/releases.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { ScopeRepository } from '../scope/scope.repository.js';
import { ItemDistributionsRepository } from '../surveys/item-distributions.repository.js';
import { SurveysRepository } from '../surveys/surveys.repository.js';
import { coldDatabase } from '../test-support/cold-kysely.js';
import { EXAMPLE_SCOPES, OPEN_FUNDER_SCOPE } from '../test-support/example-scopes.js';
import { RepositoryQueries } from '../test-support/query-files.js';
import { UserAdminRepository } from '../users/user-admin.repository.js';
import { UsersRepository } from '../users/users.repository.js';

// One query file per repository (`<name>.repository.sql` here): every query it builds, compiled
// with representative arguments and laid out for review. A change to a repository's SQL shows
// as a change to its file; `vitest -u` writes the files anew. Executed on both databases by the
// repositories' and services' own specs.

const database = coldDatabase();
const { db } = database;
// Each query once, with the arguments that switch on every optional part of it: the other
// variants' SQL is that text with parts left out.
const { filtered } = EXAMPLE_SCOPES as Record<'filtered', (typeof EXAMPLE_SCOPES)[string]>;

const BATCH: BatchRecord = {
  userId: 3,
  actor: 'projektleitung@mintq.example',
  source: 'bundle.zip',
  startedAt: new Date('2026-11-25T09:00:00Z'),
  outcome: 'imported',
  files: [{ name: 'programs.csv', sha256: 'c0ffee', bytes: 120 }],
  counts: { inserted: { programs: 1 } },
  errors: [],
};
const RELEASE_KEY: ReleaseKey = { funderId: 3, dataVersion: 12, cap: '2026-10-31', k: 5, version: 4 };
const REPORT_ID = '6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d';
const NEW_REPORT = {
  id: REPORT_ID,
  funder_id: 3,
  from: '2025-01-01',
  to: '2025-12-31',
  language: 'de',
  content: '{}',
  content_hash: 'c0ffee',
  suppression_k: 5,
  definitions_version: '2026-11',
  user_id: 3,
  created_by: 'projektleitung@mintq.example',
  created_by_role: 'PROJECT_LEAD',
} as const;
const USER_VALUES = { password_hash: 'scrypt$…', role: 'funder', funder_id: 3 } as const;

/**
 * The upserts and child syncs of the importer's plans module, found by their shape wherever
 * they stand in its exports (so that none is left out), named by that place.
 */
function findImportPlans() {
  const upserts = new Map<UpsertPlan, string>();
  const syncs = new Map<ChildSync, string>();
  const visit = (value: unknown, name: string) => {
    if (value === null || typeof value !== 'object') return;
    if ('conflict' in value && 'columns' in value) upserts.set(value as UpsertPlan, name);
    else if ('parentColumn' in value && 'parents' in value) syncs.set(value as ChildSync, name);
    else for (const [key, child] of Object.entries(value)) visit(child, `${name}.${key}`);
  };
  for (const [name, value] of Object.entries(importPlans)) visit(value, name);
  return { upserts, syncs };
}
const IMPORT_PLANS = findImportPlans();

/** Arguments shown by name in the headings. */
const NAMES = new Map<unknown, string>([
  [db, 'db'],
  [BATCH, 'batch'],
  [RELEASE_KEY, 'releaseKey'],
  ...Object.entries(EXAMPLE_SCOPES).map(([name, scope]): [unknown, string] => [
    scope,
    `EXAMPLE_SCOPES.${name}`,
  ]),
  [OPEN_FUNDER_SCOPE, 'OPEN_FUNDER_SCOPE'],
  ...IMPORT_PLANS.upserts,
  ...IMPORT_PLANS.syncs,
]);

const queries = <R extends object>(repository: R) => new RepositoryQueries(repository, db, NAMES);

/** Each repository, by its file under src, with the calls its query file shows. */
const REPOSITORIES: Record<string, () => RepositoryQueries<object>> = {
  'accounts/accounts.repository.ts': () => {
    const link = {
      userId: 7,
      kind: 'password_reset',
      tokenHash: 'c0ffee',
      expiresAt: new Date('2026-12-05T18:00:00Z'),
    } as const;
    return queries(new AccountsRepository(database))
      .add('findRecipientQuery', { userId: 7 })
      .add('findRecipientQuery', { email: 'Lea@Stiftung.example' })
      .add('retireLinksQuery', 7, 'invitation')
      .add('insertLinkQuery', link)
      .add('countLinksSinceQuery', 7, 'password_reset', new Date('2026-12-05T16:00:00Z'))
      .add('findOpenLinkQuery', 'c0ffee', 'invitation')
      .add('useLinkQuery', 12)
      .add('setPasswordQuery', 7, 'scrypt$…', true)
      .add('findPasswordHashQuery', 7);
  },
  'audit/audit.repository.ts': () =>
    queries(new AuditRepository(database))
      .add(
        'auditLogQuery',
        { actions: ['user.invited', 'login.failed'], user: 'telekom', from: '2026-01-01', to: '2026-12-31' },
        { limit: 50, beforeId: '120' },
      )
      .add('auditCountQuery', {
        actions: ['user.invited'],
        user: 'telekom',
        from: '2026-01-01',
        to: '2026-12-31',
      })
      .add('mailOutboxQuery', 50),
  'auth/auth.repository.ts': () =>
    queries(new AuthRepository(database))
      .add('findUserByEmailQuery', 'Admin@mintq.example')
      .add('findUserByIdQuery', 7)
      .add('findSessionUserQuery', 'J2pWv0y6Yq3cR1mT8sXa9kLb', 7)
      .add('insertSessionQuery', {
        id: 'J2pWv0y6Yq3cR1mT8sXa9kLb',
        userId: 7,
        method: 'password',
        expiresAt: new Date('2026-12-05T21:00:00Z'),
        ip: '127.0.0.1',
      })
      .add('markSignedInQuery', 7)
      .add('deleteEndedSessionsQuery', 7)
      .add('revokeSessionsQuery', { sessionId: 'J2pWv0y6Yq3cR1mT8sXa9kLb' })
      .add('revokeSessionsQuery', { userId: 7 })
      .add('findFunderQuery', 3)
      .add('insertAuditEntryQuery', {
        userId: 7,
        action: 'auth.login',
        subject: 'user:7',
        details: { ip: '127.0.0.1' },
      }),
  'auth/login-throttle.repository.ts': () =>
    queries(new LoginThrottleRepository(database))
      .add('claimQuery', 'account:admin@mintq.example', THROTTLE_RULES.account)
      .add('forgetStaleQuery', 'account:admin@mintq.example', THROTTLE_RULES.account)
      .add('undoClaimQuery', 'address:203.0.113.7', 4)
      .add('waitSecondsQuery', ['account:admin@mintq.example', 'address:203.0.113.7'])
      .add('deleteKeyQuery', 'account:admin@mintq.example')
      .add('familiarAddressQuery', 7, '203.0.113.7', 30)
      .add('sweepQuery', 24),
  'catalog/catalog.repository.ts': () => {
    const narrowed = { network: 'mint-ostalb', state: 'DE-BW' };
    const some = { cohort: '2024-25', state: 'DE-NW' };
    return queries(new CatalogRepository(database))
      .add('networksQuery', 'DE-NW')
      .add('initiativesQuery', narrowed, { limit: 20, afterKey: 'mint-ostalb-i01' })
      .add('countInitiativesQuery', narrowed)
      .add('shownNetworksQuery', 5)
      .add('participantsQuery', some, { limit: 20, afterKey: 'P0040' }, true, 5)
      .add('countParticipantsQuery', some, 5)
      .add('instrumentsQuery')
      .add('wavesQuery', { instrument: 'selbstanalyse', cohort: '2024-25' });
  },
  'cohort-headlines/cohort-headlines.repository.ts': () =>
    queries(new CohortHeadlinesRepository(database, new ReachRepository(database)))
      .add('reachByCohortQuery', filtered, 1271)
      .add('goalsByCohortQuery', filtered),
  'cohorts/cohorts.repository.ts': () =>
    queries(new CohortsRepository(database)).add('listCohortsQuery').add('funnelQuery', filtered),
  'events/events.repository.ts': () =>
    queries(new EventsRepository(database))
      .add('instrumentQuery', 'transfer-feedback')
      .add('eventResponsesQuery', filtered, 'transfer-feedback')
      .add('eventResponsesQuery', OPEN_FUNDER_SCOPE, 'transfer-feedback'),
  'funders/funders.repository.ts': () => queries(new FundersRepository(database)).add('listFundersQuery'),
  'goals/goals.repository.ts': () => queries(new GoalsRepository(database)).add('goalRowsQuery', filtered),
  'goals/overdue-goals.repository.ts': () =>
    queries(new OverdueGoalsRepository(database)).add('overdueGoalsQuery', filtered, true),
  'import-http/import-batches.repository.ts': () =>
    queries(new ImportBatchesRepository(database))
      .add('batchesQuery', { limit: 20, beforeId: 7 })
      .add('countQuery'),
  'import/import.repository.ts': () => {
    const repository = queries(new ImportRepository(db))
      .add('existingKeysQuery', 'cohorts', ['2024-25'])
      .add('erasedParticipantsQuery', ['P0001', 'P0002'])
      .add('existingEnrollmentsQuery', [['P0001', '2024-25']])
      .add('wavesQuery', ['sa-2024-25-pre'])
      .add('itemsQuery', ['selbstanalyse']);
    const empty = (columns: readonly unknown[]) => columns.map((): unknown[] => []);
    for (const plan of IMPORT_PLANS.upserts.keys()) {
      // A file holding every column updates all but those the upsert matches on.
      const updated = plan.columns.map((c) => c.column).filter((column) => !plan.conflict.includes(column));
      repository.add('buildUpsert', plan, empty(plan.source), updated, false);
      if (plan.table === 'items')
        repository.add(
          'changedRowsQuery',
          plan,
          empty(plan.source),
          updated,
          ['instrument_key', 'item_code'],
          50,
        );
      // Responses are upserted with their ids too: their answers are staged by id.
      if (plan.table === 'responses') repository.add('buildUpsert', plan, empty(plan.source), updated, true);
    }
    for (const sync of IMPORT_PLANS.syncs.keys())
      repository
        .add('createStageQuery', sync)
        .add('createStageParentsQuery', sync)
        .add('stageQuery', sync, 'parents', empty(sync.parents.source))
        .add('stageQuery', sync, 'rows', empty(sync.rows.source))
        .add('upsertStagedQuery', sync)
        .add('deleteUnstagedQuery', sync)
        .add('countStagedQuery', sync)
        .add('dropStageQuery', sync)
        .add('dropStageParentsQuery', sync)
        .add('insertChildrenQuery', sync, empty(sync.rows.source));
    return repository
      .add('responseIdsQuery', db, ['sa-2024-25-pre'])
      .add('itemIdsByWaveQuery', db, ['sa-2024-25-pre'])
      .add('insertBatchQuery', db, BATCH, new Date('2026-11-25T09:01:30Z'))
      .add('insertBatchAuditQuery', db, BATCH, 12)
      .add('vacuumQuery');
  },
  'mail/mail-outbox.repository.ts': () =>
    queries(new MailOutboxRepository(database))
      .add('insertMailQuery', {
        kind: 'invitation',
        recipient: 'lea@stiftung.example',
        subject: 'Einladung zu mintq',
        body: '…',
      })
      .add('markSentQuery', 12)
      .add('markFailedQuery', 12, { error: 'connect ECONNREFUSED 127.0.0.1:25', body: '…' }),
  'oidc/oidc.repository.ts': () =>
    queries(new OidcRepository(database))
      .add('findUserByEmailQuery', 'Lea@Stiftung.example')
      .add('activateInvitedQuery', 7)
      .add('insertAuditEntryQuery', {
        userId: null,
        action: 'login.sso_refused',
        details: { reason: 'NOT_INVITED' },
      }),
  'reach/network-reach.repository.ts': () =>
    queries(new NetworkReachRepository(database, new ReachRepository(database)))
      .add('stateNetworksQuery', filtered, 'DE-NW')
      .add('networkInitiativesQuery', filtered, 'mint-ostalb'),
  'reach/reach.repository.ts': () => {
    return queries(new ReachRepository(database))
      .add('bitmapWidthQuery')
      .add('multipliersQuery', filtered)
      .add('initiativesQuery', filtered, 1271)
      .add('monthMultipliersQuery', filtered);
  },
  'releases/releases.repository.ts': () =>
    queries(new ReleasesRepository(database))
      .add('dataVersionQuery')
      .add('funderKeysQuery')
      .add('findFunderQuery', 'aqtivator')
      .add('instrumentsQuery', [1, 2])
      .add('instrumentsQuery', [])
      .add('findQuery', RELEASE_KEY)
      .add(
        'insertQuery',
        RELEASE_KEY,
        { passed: true, answers: '{}', audit: '{}' },
        new Date('2026-11-25T09:00:00Z'),
      ),
  'reports/reports.repository.ts': () =>
    queries(new ReportsRepository(database))
      .add('findFunderQuery', 'aqtivator')
      .add('programmeNamesQuery', [1, 2])
      .add('instrumentWavesQuery', [1, 2])
      .add('answerScalesQuery')
      .add('cohortsInPeriodQuery', [1, 2], '2025-01-01', '2025-12-31')
      .add('importedBatchesQuery')
      .add('insertReportQuery', NEW_REPORT)
      .add('insertReportAuditQuery', NEW_REPORT, 'aqtivator')
      .add('reportsQuery')
      .add('findReportQuery', REPORT_ID)
      .add('listReportsQuery', 3)
      .add('findFileQuery', REPORT_ID, 'pdf')
      .add('insertFileOnceQuery', REPORT_ID, 'pdf', new Uint8Array(4), 'c0ffee'),
  'scope/scope.repository.ts': () =>
    queries(new ScopeRepository(database)).add('listCohortsQuery').add('findFunderLinesQuery', 'aqtivator'),
  'surveys/item-distributions.repository.ts': () =>
    queries(new ItemDistributionsRepository(database)).add('tallyQuery', filtered, 'selbstanalyse', 'pre'),
  'surveys/surveys.repository.ts': () => {
    return queries(new SurveysRepository(database))
      .add('instrumentQuery', 'selbstanalyse')
      .add('latestResponsesQuery', filtered, 'selbstanalyse', ['pre', 'post'])
      .add('responseRatesQuery', filtered, 'selbstanalyse');
  },
  'users/user-admin.repository.ts': () =>
    queries(new UserAdminRepository(database))
      .add('listUsersQuery', ['funder'])
      .add('userQuery', 7)
      .add('lockActiveAdminsQuery')
      .add('insertInvitedUserQuery', {
        email: 'telekom@mintq.example',
        role: 'funder',
        funderId: 3,
        language: 'de',
        invitedBy: 1,
      })
      .add('updateRoleQuery', 7, 'funder', 3)
      .add('updateStatusQuery', 7, 'deactivated')
      .add('revokeSessionsQuery', 7)
      .add('expireLinksQuery', 7)
      .add('insertAuditQuery', {
        actorId: 1,
        actorEmail: 'admin@mintq.example',
        action: 'user.role_changed',
        userId: 7,
        details: {
          from: { role: 'ANALYST', funder: null },
          to: { role: 'FUNDER', funder: 'telekom-stiftung' },
        },
      }),
  'users/users.repository.ts': () =>
    queries(new UsersRepository(db))
      .add('funderIdQuery', 'aqtivator')
      .add('userIdQuery', 'Telekom@mintq.example')
      .add('updateUserQuery', 7, USER_VALUES)
      .add('insertUserQuery', 'telekom@mintq.example', USER_VALUES)
      .add('insertAuditQuery', { created: true, userId: 7, role: 'funder', funderKey: 'telekom-stiftung' }),
};

/** Builders that do not end in `Query`. */
const OTHER_BUILDERS: Record<string, string[]> = { 'import/import.repository.ts': ['buildUpsert'] };

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..');
const queryFile = (source: string) => `${basename(source, '.ts')}.sql`;

describe.each(Object.keys(REPOSITORIES))('%s', (source) => {
  const repository = (REPOSITORIES[source] as () => RepositoryQueries<object>)();

  it('compiles every query builder of the repository', () => {
    expect(repository.coveredMethods()).toEqual(repository.queryMethods(OTHER_BUILDERS[source]));
  });

  it(`matches ${queryFile(source)}`, async () => {
    await expect(repository.file(`src/${source}`)).toMatchFileSnapshot(join(here, queryFile(source)));
  });
});

it('knows every repository, and keeps no query file of a repository that is gone', () => {
  const repositories = readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(src, folder.name))
        .filter((file) => file.endsWith('.repository.ts'))
        .map((file) => `${folder.name}/${file}`),
    );
  expect(Object.keys(REPOSITORIES).sort()).toEqual(repositories.sort());
  // A file left behind by a repository that is gone (a missing one fails its own test above).
  const expected = new Set(repositories.map(queryFile));
  expect(readdirSync(here).filter((file) => file.endsWith('.sql') && !expected.has(file))).toEqual([]);
});
