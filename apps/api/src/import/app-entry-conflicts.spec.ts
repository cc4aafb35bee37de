import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import type { Database } from '../database/database.js';
import { captureOutput, readDatabaseOf } from '../test-support/cli-test-support.js';
import { SAMPLE_BUNDLE } from '../test-support/sample-bundle.js';
import { createScratchPostgresUrl, testDatabases } from '../test-support/test-databases.js';
import { memoryBundleSource } from './bundle-source.js';
import { ImportService } from './import.service.js';

// The conflict rule between the importer and entries made in the app (README "Entries made in
// the app"): a bundle that would change a goal, an activity or a goal's check-ins entered or
// changed by a coordinator is refused unless told to overwrite them.

/** The sample bundle's files, by name, to import as they are or changed. */
async function sampleFiles(): Promise<Map<string, string>> {
  const names = (await readdir(SAMPLE_BUNDLE)).filter((n) => n.endsWith('.csv'));
  return new Map(
    await Promise.all(
      names.map(async (n): Promise<[string, string]> => [n, await readFile(join(SAMPLE_BUNDLE, n), 'utf8')]),
    ),
  );
}

// 23:30 UTC on 5 December is already 6 December in Berlin: the problem names the Berlin day.
const APP_EDIT = '2026-12-05T23:30:00Z';
const OVERRIDE = 'Import with "overwrite app entries" (--overwrite-app-entries) to replace';

describe.each(testDatabases())('app entries and the importer on $kind', ({ create }) => {
  let database: Database;
  let service: ImportService;
  let files: Map<string, string>;
  const importFiles = (
    only: Map<string, string>,
    options: Parameters<ImportService['importBundle']>[1] = {},
  ) => service.importBundle(memoryBundleSource('test', only), { actor: 'lea@stiftung.example', ...options });

  const goal = (key: string) =>
    database.db.selectFrom('goals').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const activity = (key: string) =>
    database.db.selectFrom('activities').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  const checkins = (goalKey: string) =>
    database.db
      .selectFrom('checkins as c')
      .innerJoin('goals as g', 'g.id', 'c.goal_id')
      .select(['c.position', 'c.note', 'c.app_entered_at'])
      .where('g.key', '=', goalKey)
      .orderBy('c.position')
      .execute();

  beforeAll(async () => {
    database = await create();
    service = new ImportService(database.db);
    files = await sampleFiles();
    const first = await importFiles(files);
    expect(first.errors).toEqual([]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('an identical re-import is no conflict, and the app marks stay', async () => {
    // Entered in the app with the values the bundle has.
    await database.db
      .updateTable('goals')
      .set({ app_edited_at: APP_EDIT, version: 2 })
      .where('key', '=', 'G0001')
      .execute();
    await database.db
      .updateTable('activities')
      .set({ app_entered_at: APP_EDIT })
      .where('key', 'in', ['A00001', 'A00002'])
      .execute();
    await sql`update checkins set app_entered_at = ${APP_EDIT} where position = 1 and goal_id = (select id from goals where key = 'G0002')`.execute(
      database.db,
    );
    const report = await importFiles(files);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.conflicts).toBe(0);
    expect(report.updated).toMatchObject({ goals: 0, checkins: 0, activities: 0 });
    expect((await goal('G0001')).app_edited_at).not.toBeNull();
    expect((await goal('G0001')).version).toBe(2);
    expect((await activity('A00001')).app_entered_at).not.toBeNull();
    expect((await checkins('G0002'))[0]?.app_entered_at).not.toBeNull();
  });

  it('a bundle that would change app entries is refused, one problem per row, and writes nothing', async () => {
    // What coordinators changed in the app since the import …
    await database.db
      .updateTable('goals')
      .set({ title: 'Drei Initiativen beraten', level_0: 'Drei Initiativen haben eine Wirkungslogik' })
      .where('key', '=', 'G0001')
      .execute();
    await database.db
      .updateTable('activities')
      .set({ title: 'Netzwerktreffen (korrigiert)' })
      .where('key', '=', 'A00001')
      .execute();
    await sql`insert into activity_initiatives (activity_id, initiative_id)
      select a.id, i.id from activities a, initiatives i where a.key = 'A00002' and i.key = 'mint-oberfranken-i04'`.execute(
      database.db,
    );
    await sql`update checkins set note = 'Zwischenstand (App)' where position = 1 and goal_id = (select id from goals where key = 'G0002')`.execute(
      database.db,
    );
    // … and a row changed without the app: the bundle would put it back, were it not refused.
    await database.db
      .updateTable('goals')
      .set({ title: 'Ohne App geändert' })
      .where('key', '=', 'G0005')
      .execute();

    const expected = [
      `goals.csv:2: goal_key: "G0001" was changed in mintq on 06.12.2026 (by a coordinator); the import would overwrite it. ${OVERRIDE} it.`,
      `checkins.csv:2: goal_key: the check-ins of "G0002" were entered in mintq (last on 06.12.2026, by a coordinator); the import would overwrite them. ${OVERRIDE} them.`,
      `activities.csv:2: activity_key: "A00001" was changed in mintq on 06.12.2026 (by a coordinator); the import would overwrite it. ${OVERRIDE} it.`,
      `activities.csv:3: activity_key: "A00002" was changed in mintq on 06.12.2026 (by a coordinator); the import would overwrite it. ${OVERRIDE} it.`,
    ];
    const dry = await importFiles(files, { dryRun: true });
    expect(dry.ok).toBe(false);
    expect(dry.errors).toEqual(expected);
    expect(dry.conflicts).toBe(4);
    expect(dry.problems[0]).toMatchObject({
      code: 'app_entry_conflict',
      params: { key: 'G0001', on: '06.12.2026' },
    });
    expect(dry.problems[1]).toMatchObject({ code: 'app_checkins_conflict', params: { key: 'G0002' } });

    const report = await importFiles(files);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual(expected);
    const batch = await database.db
      .selectFrom('import_batches')
      .select(['outcome', 'errors'])
      .where('id', '=', report.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({ outcome: 'rejected', errors: expected });
    // Nothing written, the row changed without the app included.
    expect((await goal('G0005')).title).toBe('Ohne App geändert');
    expect((await goal('G0001')).title).toBe('Drei Initiativen beraten');
    expect((await activity('A00001')).title).toBe('Netzwerktreffen (korrigiert)');
    expect((await checkins('G0002'))[0]?.note).toBe('Zwischenstand (App)');
    expect(await database.db.selectFrom('entry_history').select('id').execute()).toEqual([]);
  });

  it('overwriteAppEntries writes them, clears their marks, counts the version up and records each in the history', async () => {
    const report = await importFiles(files, { overwriteAppEntries: true });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.conflicts).toBe(4);
    const g1 = await goal('G0001');
    expect(g1).toMatchObject({
      title: 'Zwei Initiativen zur Wirkungsmessung beraten',
      app_edited_at: null,
      version: 3,
    });
    // goals.csv has no level columns: what the coordinator wrote there stays.
    expect(g1.level_0).toBe('Drei Initiativen haben eine Wirkungslogik');
    expect((await goal('G0005')).title).not.toBe('Ohne App geändert');
    expect((await goal('G0005')).version).toBe(2);
    expect(await activity('A00001')).toMatchObject({
      title: 'Netzwerktreffen Qualität',
      app_entered_at: null,
      app_edited_at: null,
    });
    expect((await checkins('G0002')).map((c) => [c.note, c.app_entered_at])).toEqual([
      ['Zwischenstand', null],
      ['Abschluss', null],
    ]);
    const history = await database.db
      .selectFrom('entry_history as h')
      .innerJoin('participants as p', 'p.id', 'h.participant_id')
      .select([
        'h.actor',
        'h.user_id',
        'h.source',
        'h.entity',
        'h.entity_key',
        'h.action',
        'h.version',
        'h.before',
        'h.after',
        'p.key as participant',
      ])
      .orderBy('h.entity_key')
      .execute();
    expect(
      history.map((h) => [h.entity, h.entity_key, h.participant, h.action, h.source, h.actor, h.version]),
    ).toEqual([
      ['activity', 'A00001', 'P0002', 'updated', 'import', `import:${report.batchId}`, null],
      ['activity', 'A00002', 'P0002', 'updated', 'import', `import:${report.batchId}`, null],
      ['goal', 'G0001', 'P0002', 'updated', 'import', `import:${report.batchId}`, 3],
      ['checkin', 'G0002', 'P0003', 'updated', 'import', `import:${report.batchId}`, null],
    ]);
    const [a1, a2, g, c] = history;
    expect(a1?.before).toMatchObject({ activity_key: 'A00001', title: 'Netzwerktreffen (korrigiert)' });
    expect(a1?.after).toMatchObject({
      activity_key: 'A00001',
      title: 'Netzwerktreffen Qualität',
      participant_key: 'P0002',
    });
    expect(a2?.before).toMatchObject({ initiative_keys: ['mint-oberfranken-i04'] });
    expect(a2?.after).toMatchObject({ initiative_keys: [] });
    expect(g?.before).toMatchObject({
      goal_key: 'G0001',
      title: 'Drei Initiativen beraten',
      cohort_key: '2023-24',
    });
    expect(g?.after).toMatchObject({
      title: 'Zwei Initiativen zur Wirkungsmessung beraten',
      level_0: 'Drei Initiativen haben eine Wirkungslogik',
    });
    expect(c?.before).toMatchObject([
      { position: 1, note: 'Zwischenstand (App)' },
      { position: 2, note: 'Abschluss' },
    ]);
    expect(c?.after).toMatchObject([
      { position: 1, note: 'Zwischenstand' },
      { position: 2, note: 'Abschluss' },
    ]);
  });

  it("goals.csv's level columns are imported; an identical row is no conflict, an empty cell one", async () => {
    const header =
      'goal_key,participant_key,cohort_key,title,staircase_level,set_on,due_on,description,level_minus_2,level_minus_1,level_0,level_plus_1,level_plus_2';
    const row = (level0: string) =>
      `G0001,P0002,2023-24,Zwei Initiativen zur Wirkungsmessung beraten,2,2024-05-22,2024-11-21,Initiativen messen Wirkung,keine,eine,${level0},drei,vier`;
    const bundle = (level0: string) => new Map([['goals.csv', `${header}\n${row(level0)}\n`]]);
    const first = await importFiles(bundle('zwei'));
    expect(first.errors).toEqual([]);
    expect(await goal('G0001')).toMatchObject({
      description: 'Initiativen messen Wirkung',
      level_minus_2: 'keine',
      level_minus_1: 'eine',
      level_0: 'zwei',
      level_plus_1: 'drei',
      level_plus_2: 'vier',
      version: 4,
    });
    await database.db
      .updateTable('goals')
      .set({ app_edited_at: APP_EDIT })
      .where('key', '=', 'G0001')
      .execute();
    expect((await importFiles(bundle('zwei'))).errors).toEqual([]);
    const cleared = await importFiles(bundle(''), { dryRun: true });
    expect(cleared.errors).toEqual([
      `goals.csv:2: goal_key: "G0001" was changed in mintq on 06.12.2026 (by a coordinator); the import would overwrite it. ${OVERRIDE} it.`,
    ]);
  });

  it('a check-in list that only drops or adds rows of a goal with app check-ins is a conflict too', async () => {
    await sql`update checkins set app_entered_at = ${APP_EDIT} where goal_id = (select id from goals where key = 'G0002')`.execute(
      database.db,
    );
    const dropped = await importFiles(
      new Map([
        ['checkins.csv', 'goal_key,checked_on,gas_level,value,note\nG0002,2024-08-20,-1,,Zwischenstand\n'],
      ]),
      {
        dryRun: true,
      },
    );
    expect(dropped.errors).toHaveLength(1);
    expect(dropped.errors[0]).toMatch(/^checkins\.csv:2: goal_key: the check-ins of "G0002"/);
    const same = await importFiles(
      new Map([
        [
          'checkins.csv',
          'goal_key,checked_on,gas_level,value,note\nG0002,2024-08-20,-1,,Zwischenstand\nG0002,2024-11-21,-1,,Abschluss\n',
        ],
      ]),
      { dryRun: true },
    );
    expect(same.errors).toEqual([]);
  });
});

/** The CLI against a database of its own, as in run-cli.spec.ts. */
const targets = testDatabases().map(({ kind }) => ({
  kind,
  async setUp(): Promise<{ env: NodeJS.ProcessEnv; tearDown: () => Promise<void> }> {
    if (kind === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'mintq-cli-'));
      return {
        env: { MINTQ_DATA_DIR: dataDir },
        tearDown: () => rm(dataDir, { recursive: true, force: true }),
      };
    }
    const scratch = await createScratchPostgresUrl(process.env.TEST_DATABASE_URL as string);
    return { env: { DATABASE_URL: scratch.url }, tearDown: scratch.drop };
  },
}));

/** A small bundle: one coordinator and their goal, titled `title`. */
const SMALL_BUNDLE = (title: string): Record<string, string> => ({
  'programs.csv': 'program_key,name\nmint,MINT-Programm\n',
  'cohorts.csv':
    'cohort_key,program_key,label,starts_on,ends_on,transfer_workshop_on\n2026-27,mint,Jahrgang 2026/27,2026-09-01,2027-08-31,2026-11-20\n',
  'networks.csv': 'network_key,name,state_code\nmint-ostalb,MINT-Region Ostalb,DE-BW\n',
  'participants.csv': 'participant_key,network_key,display_name\nP0001,mint-ostalb,Lea Koordinatorin\n',
  'enrollments.csv': 'participant_key,cohort_key,status\nP0001,2026-27,enrolled\n',
  'goals.csv': `goal_key,participant_key,cohort_key,title,staircase_level,set_on,due_on\nP0001-goal-1,P0001,2026-27,${title},3,2026-11-20,2027-05-20\n`,
});

describe.each(targets)('mintq import --overwrite-app-entries on $kind', ({ setUp }) => {
  let env: NodeJS.ProcessEnv;
  let tearDown: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    ({ env, tearDown } = await setUp());
    dir = await mkdtemp(join(tmpdir(), 'mintq-bundle-'));
  });
  afterAll(async () => {
    await tearDown?.();
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const writeBundle = async (title: string) => {
    for (const [name, text] of Object.entries(SMALL_BUNDLE(title))) await writeFile(join(dir, name), text);
  };
  const title = () =>
    readDatabaseOf(env, async ({ db }) => {
      const row = await db.selectFrom('goals').select(['title', 'app_edited_at']).executeTakeFirstOrThrow();
      return [row.title, row.app_edited_at === null ? 'as imported' : 'changed in the app'];
    });

  it('exits 1 on a conflict and 0 with the flag', async () => {
    captureOutput();
    // `import` migrates the new database first.
    await writeBundle('Drei Initiativen beraten');
    expect(await runCli(['import', dir], env)).toBe(0);
    await readDatabaseOf(env, ({ db }) =>
      db.updateTable('goals').set({ title: 'In der App geändert', app_edited_at: APP_EDIT }).execute(),
    );
    vi.restoreAllMocks();

    const refused = captureOutput();
    expect(await runCli(['import', dir], env)).toBe(1);
    expect(refused.err).toEqual([
      `goals.csv:2: goal_key: "P0001-goal-1" was changed in mintq on 06.12.2026 (by a coordinator); the import would overwrite it. ${OVERRIDE} it.`,
      '\n1 problem(s): nothing was imported.',
    ]);
    vi.restoreAllMocks();

    const { out } = captureOutput();
    expect(await runCli(['import', dir, '--overwrite-app-entries'], env)).toBe(0);
    expect(out).toContain('1 row(s) entered in the app were overwritten.');
    expect(await title()).toEqual(['Drei Initiativen beraten', 'as imported']);
    // Each command opens the database anew (PGlite: starts its worker): minutes on a busy machine.
  }, 300_000);
});
