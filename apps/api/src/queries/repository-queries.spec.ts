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
import { CompletenessRepository } from '../completeness/completeness.repository.js';
import { EventsRepository } from '../events/events.repository.js';
import { FundersRepository } from '../funders/funders.repository.js';
import { GoalsRepository } from '../goals/goals.repository.js';
import { OverdueGoalsRepository } from '../goals/overdue-goals.repository.js';
import { APP_ENTRY_TABLES } from '../import/app-entries.js';
import { type BatchRecord, type ChildSync, ImportRepository } from '../import/import.repository.js';
import type { UpsertPlan } from '../import/upsert-plans.js';
import * as importPlans from '../import/upsert-plans.js';
import { ImportBatchesRepository } from '../import-http/import-batches.repository.js';
import { MailOutboxRepository } from '../mail/mail-outbox.repository.js';
import { MyEntriesRepository } from '../my-entries/my-entries.repository.js';
import { OidcRepository } from '../oidc/oidc.repository.js';
import { NetworkReachRepository } from '../reach/network-reach.repository.js';
import { ReachRepository } from '../reach/reach.repository.js';
import { type ReleaseKey, ReleasesRepository } from '../releases/releases.repository.js';
import { RemindersRepository } from '../reminders/reminders.repository.js';
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
const USER_VALUES = {
  password_hash: 'scrypt$…',
  role: 'funder',
  funder_id: 3,
  participant_id: null,
} as const;

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
  'completeness/completeness.repository.ts': () =>
    queries(new CompletenessRepository(database))
      .add('cohortQuery', '2024-25')
      .add('completenessQuery', 4, '2026-12-05')
      .add('entryHistoryQuery', { cohortId: 4, participantKey: 'P0042' }, 50, 100)
      .add('entryHistoryCountQuery', { cohortId: 4, participantKey: 'P0042' })
      .add('lockCohortQuery', '2024-25', db)
      .add('setActivityEditDaysQuery', 4, 30)
      .add('rosterQuery', 4, ['P0041', 'P0042'])
      .add('insertCohortAuditQuery', {
        actorId: 3,
        actorEmail: 'projektleitung@mintq.example',
        action: 'cohort.activity_edit_window_set',
        cohortKey: '2024-25',
        details: { cohort: '2024-25', from: 14, to: 30 },
      }),
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
    repository
      .add('responseIdsQuery', db, ['sa-2024-25-pre'])
      .add('itemIdsByWaveQuery', db, ['sa-2024-25-pre'])
      .add('insertBatchQuery', db, BATCH, new Date('2026-11-25T09:01:30Z'))
      .add('insertBatchAuditQuery', db, BATCH, 12)
      .add('vacuumQuery');
    // Entries made in the app that a bundle would change (app-entries.ts): an activity's with its links.
    const { goals, activities, checkins } = importPlans.ENTITY_WRITES;
    const activityPlan = activities.upsert as UpsertPlan;
    const checkinSync = checkins.replace?.sync as ChildSync;
    const tables = APP_ENTRY_TABLES as Required<typeof APP_ENTRY_TABLES>;
    const linked = {
      column: 'initiative_keys',
      table: 'activity_initiatives',
      parent: 'activity_id',
      to: 'initiative_id',
      linked: 'initiatives',
    };
    const overwritten = { keys: ['G0001'], befores: ['{}'], actor: 'import:12', userId: 7 };
    return repository
      .add('appEditedRowsQuery', activityPlan, empty(activityPlan.source), [], ['title'], tables.activities, {
        keys: [],
        stored: linked,
      })
      .add('appEnteredChildrenQuery', checkinSync, 'goals', empty([...checkinSync.rows.source, 'line']))
      .add('overwrittenRowsQuery', goals.upsert as UpsertPlan, tables.goals, overwritten)
      .add('overwrittenChildrenQuery', checkinSync, 'goals', overwritten)
      .add('countUpVersionsQuery', db, [12, 13]);
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
  'my-entries/my-entries.repository.ts': () => {
    const goal = {
      cohort_id: 2,
      title: 'Zwei Initiativen zur Wirkungsmessung beraten',
      description: 'Initiativen planen ihre Wirkung',
      staircase_level: 3,
      weight: 1,
      level_minus_2: 'keine',
      level_minus_1: 'eine beraten',
      level_0: 'zwei beraten',
      level_plus_1: 'drei beraten',
      level_plus_2: 'vier beraten',
      method: 'Dokumentenanalyse',
      due_on: '2027-06-05',
    };
    const activity = {
      occurred_on: '2026-11-20',
      format: 'workshop',
      title: 'Netzwerktreffen Qualität',
      educators_reached: 12,
      youth_reached_estimate: 120,
    } as const;
    return queries(new MyEntriesRepository(database))
      .add('participantQuery', 7)
      .add('enrollmentsQuery', 7)
      .add('wavesQuery', 7)
      .add('goalsQuery', 7, 'P0007-goal-1')
      .add('lockGoalQuery', 7, 'P0007-goal-1')
      .add('checkinsQuery', [12, 13])
      .add('takenKeysQuery', 'goals', 'P0007', 'goal')
      .add('insertGoalQuery', 7, 'P0007-goal-1', '2026-12-05', goal)
      .add('updateGoalQuery', 12, goal)
      .add('insertCheckinQuery', 12, { checkedOn: '2026-12-05', gasLevel: 0, note: 'Zwischenstand' })
      .add('activitiesQuery', 7, 'P0007-act-1')
      .add('lockActivityQuery', 7, 'P0007-act-1')
      .add('activityInitiativesQuery', [40, 41])
      .add('networkInitiativesQuery', 3, ['mint-ostalb-i01', 'mint-ostalb-ini-1'])
      .add('insertInitiativeQuery', {
        key: 'mint-ostalb-ini-1',
        networkId: 3,
        name: 'Makerspace Aalen',
        kind: 'other',
        addedBy: 7,
      })
      .add('insertActivityQuery', 7, 'P0007-act-1', activity)
      .add('updateActivityQuery', 40, activity)
      .add('deleteActivityQuery', 40)
      .add('unlinkInitiativesQuery', 40, [5, 6])
      .add('linkInitiativesQuery', 40, [5, 6])
      .add('insertHistoryQuery', {
        userId: 9,
        actor: 'koordination@mintq.example',
        participantId: 7,
        entity: 'goal',
        entityKey: 'P0007-goal-1',
        action: 'updated',
        version: 2,
        before: { title: 'Alt' },
        after: { title: 'Neu' },
      });
  },
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
  'reminders/reminders.repository.ts': () =>
    queries(new RemindersRepository(database))
      .add('cohortQuery', '2024-25')
      .add('enrolledQuery', 4, ['P0001', 'P0002'])
      .add('openGoalsQuery', 4, [11, 12], 'goal_due_soon', '2026-12-05')
      .add('openGoalsQuery', 4, [11, 12], 'goal_overdue', '2026-12-05')
      .add('withGoalQuery', 4, [11, 12])
      .add('recipientsQuery', [11, 12])
      .add('insertRemindersQuery', [
        {
          key: 'manual:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d:P0001',
          kind: 'goal_overdue',
          participantId: 11,
          goalId: 31,
          message: 'Bitte denken Sie an die Zielüberprüfung.',
          sendAfter: new Date('2026-12-05T09:00:00Z'),
          createdBy: 3,
        },
      ])
      .add('queueJobsQuery')
      .add('remindersQuery', 4)
      .add('reminderQuery', 'goal_overdue:P0001-goal-1:2026-12-04')
      .add('remindersByKeysQuery', ['manual:6f1c2a8e-4b7d-4e2a-9c1f-3d5e7a9b1c2d:P0001'])
      .add('lockReminderQuery', 'goal_overdue:P0001-goal-1:2026-12-04')
      .add('cancelQuery', 7, 'CANCELLED')
      .add('insertMailQuery', { recipient: 'miriam@example.org', subject: 'Erinnerung', body: '…' })
      .add('markSentQuery', 7, 42)
      .add('insertAuditQuery', {
        userId: 3,
        actor: 'projektleitung@mintq.example',
        action: 'reminder.cancelled',
        subject: 'reminder:goal_overdue:P0001-goal-1:2026-12-04',
        details: { key: 'goal_overdue:P0001-goal-1:2026-12-04' },
      })
      .add('cancelMovedQuery')
      .add('scheduleDueSoonQuery')
      .add('scheduleOverdueQuery'),
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
      .add('participantIdQuery', 'P0001')
      .add('participantUserQuery', 12, 'koordination@mintq.example')
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
