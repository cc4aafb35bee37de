import { describe, expect, it } from 'vitest';
import { todayInBerlin } from '../scope/scope.service.js';
import { useSampleServer } from '../test-support/sample-suite.js';
import { testDatabases } from '../test-support/test-databases.js';

const GOAL_FIELDS =
  'key cohortKey title description staircaseLevel weight levels { level description } measurementPlan setOn dueOn version levelsFrozen progress checkins { position checkedOn gasLevel note interim enteredInApp }';
const ACTIVITY_FIELDS =
  'key occurredOn format title educatorsReached youthReachedEstimate initiatives { key name kind } enteredInApp editableUntil';
const SAVE_GOAL = `mutation($input: GoalInput!) { saveMyGoal(input: $input) { ${GOAL_FIELDS} } }`;
const CHECKIN = `mutation($input: CheckinInput!) { recordMyCheckin(input: $input) { ${GOAL_FIELDS} } }`;
const SAVE_ACTIVITY = `mutation($input: ActivityInput!) { saveMyActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const DELETE_ACTIVITY = 'mutation($key: String!) { deleteMyActivity(key: $key) }';
const GOAL_ATTAINMENT = '{ goalAttainment { goals attained noData checkins } }';
const REACH =
  '{ reach { activities activeMultipliers initiativesReached educatorsReached youthReachedEstimate } }';

const LEVELS = [
  'Keine Initiative plant ihre Wirkung',
  'Eine Initiative hat eine Wirkungslogik begonnen',
  'Zwei Initiativen haben eine Wirkungslogik',
  'Drei Initiativen haben eine Wirkungslogik',
  'Vier Initiativen messen ihre Wirkung',
];
const NEW_GOAL = {
  cohortKey: '2024-25',
  title: 'Zwei Initiativen zur Wirkungsmessung beraten',
  description: 'Initiativen im Netzwerk planen ihre Wirkung',
  staircaseLevel: 3,
  levels: LEVELS,
  measurementPlan: 'Dokumentenanalyse der Wirkungslogiken',
};

interface Goal {
  key: string;
  version: number;
  levelsFrozen: boolean;
  progress: string;
  dueOn: string;
  setOn: string;
  title: string;
  weight: number;
  levels: Array<{ level: number; description: string }>;
  checkins: Array<{ position: number; gasLevel: number; interim: boolean; enteredInApp: boolean }>;
}
interface Activity {
  key: string;
  title: string;
  enteredInApp: boolean;
  editableUntil: string | null;
  initiatives: Array<{ key: string; name: string; kind: string | null }>;
}

// A coordinator's own area over HTTP, on both databases: the rules of issue 17, who may ask,
// and that their entries feed the same metrics as imported rows.
describe.each(testDatabases())('a coordinator’s own entries on $kind', (factory) => {
  const sample = useSampleServer(
    factory,
    [
      { name: 'admin', role: 'admin', funderKey: null },
      { name: 'telekom', role: 'funder', funderKey: 'telekom-stiftung' },
      // P0050 (mint-bochum, 2024-25, enrolled) has nothing imported; P0002 (mint-oberfranken) has.
      { name: 'anna', role: 'participant', funderKey: null, participantKey: 'P0050' },
      { name: 'lukas', role: 'participant', funderKey: null, participantKey: 'P0002' },
      // P0053 (mint-bochum, 2024-25, certified: a multiplier whose activities count for reach) has no activities.
      { name: 'ben', role: 'participant', funderKey: null, participantKey: 'P0053' },
    ],
    'coordinators.example',
  );
  const today = todayInBerlin();

  async function ask<T = Record<string, unknown>>(
    user: string,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    const { body } = await sample.server.graphql<T>(query, { token: sample.tokens[user], variables });
    return body;
  }

  /** The data of an answer that must have no errors. */
  async function ok<T = Record<string, unknown>>(
    user: string,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    const body = await ask<T>(user, query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data as T;
  }

  /** The one error of a refused request: code, reason and params; no data. */
  async function refused(user: string, query: string, variables?: Record<string, unknown>) {
    const body = await ask(user, query, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    const error = body.errors?.[0];
    return {
      code: error?.extensions?.code,
      reason: error?.extensions?.reason,
      params: error?.extensions?.params,
      message: error?.message,
    };
  }

  it('shows the coordinator their participation and timeline, and nobody else’s', async () => {
    const { myParticipation } = await ok<{
      myParticipation: {
        participantKey: string;
        network: { key: string };
        enrollments: Array<{
          cohortKey: string;
          status: string;
          activityEditDays: number;
          defaultGoalDueOn: string;
          timeline: Array<{ kind: string; on: string | null; state: string; goalKey: string | null }>;
          nextStep: { kind: string; state: string } | null;
        }>;
      };
    }>(
      'lukas',
      '{ myParticipation { participantKey network { key } enrollments { cohortKey status activityEditDays defaultGoalDueOn timeline { kind on state goalKey } nextStep { kind state } } } }',
    );
    expect(myParticipation.participantKey).toBe('P0002');
    expect(myParticipation.network.key).toBe('mint-oberfranken');
    const [enrollment] = myParticipation.enrollments;
    expect(enrollment).toMatchObject({ cohortKey: '2023-24', status: 'COMPLETED', activityEditDays: 14 });
    const kinds = enrollment?.timeline.map((s) => s.kind) ?? [];
    expect(kinds[0]).toBe('COHORT_START');
    expect(kinds).toEqual(
      expect.arrayContaining([
        'SELF_ASSESSMENT_PRE',
        'TRANSFER_WORKSHOP',
        'GOAL_SET',
        'GOAL_DUE',
        'COHORT_END',
      ]),
    );
    // Sorted by date; every step of a cohort long over is done or missed, or open (a goal due).
    const dates = enrollment?.timeline.map((s) => s.on).filter((d) => d !== null) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(enrollment?.timeline.find((s) => s.kind === 'GOAL_SET')).toMatchObject({
      state: 'DONE',
      goalKey: 'G0001',
    });
    // The default due date never lies before the day a goal is set (today).
    expect((enrollment?.defaultGoalDueOn ?? '') >= today).toBe(true);
  });

  it('lets a coordinator set, change and check in on a goal, with versions, history and a freeze', async () => {
    const before = await ok<{ goalAttainment: Record<string, number> }>('admin', GOAL_ATTAINMENT);

    const { saveMyGoal: created } = await ok<{ saveMyGoal: Goal }>('anna', SAVE_GOAL, { input: NEW_GOAL });
    expect(created).toMatchObject({
      key: 'P0050-goal-1',
      version: 1,
      setOn: today,
      weight: 1,
      levelsFrozen: false,
      progress: 'SET',
    });
    expect(created.levels.map((l) => l.level)).toEqual([-2, -1, 0, 1, 2]);
    expect(created.levels.map((l) => l.description)).toEqual(LEVELS);
    expect(created.dueOn > today).toBe(true);

    const afterSet = await ok<{ goalAttainment: Record<string, number> }>('admin', GOAL_ATTAINMENT);
    expect(afterSet.goalAttainment).toEqual({
      ...before.goalAttainment,
      goals: (before.goalAttainment.goals ?? 0) + 1,
      noData: (before.goalAttainment.noData ?? 0) + 1,
    });

    const { saveMyGoal: edited } = await ok<{ saveMyGoal: Goal }>('anna', SAVE_GOAL, {
      input: {
        ...NEW_GOAL,
        key: created.key,
        expectedVersion: 1,
        title: 'Drei Initiativen beraten',
        weight: 2,
      },
    });
    expect(edited).toMatchObject({
      key: created.key,
      version: 2,
      title: 'Drei Initiativen beraten',
      weight: 2,
    });
    const history = await sample.database.db
      .selectFrom('entry_history')
      .select(['entity', 'entity_key', 'action', 'version', 'source', 'actor', 'before', 'after'])
      .where('entity_key', '=', created.key)
      .orderBy('id')
      .execute();
    expect(history.map((h) => [h.entity, h.action, h.version, h.source, h.actor])).toEqual([
      ['goal', 'created', 1, 'app', 'anna@coordinators.example'],
      ['goal', 'updated', 2, 'app', 'anna@coordinators.example'],
    ]);
    expect(history[1]?.before).toMatchObject({ title: NEW_GOAL.title, weight: 1, level_minus_2: LEVELS[0] });
    expect(history[1]?.after).toMatchObject({ title: 'Drei Initiativen beraten', weight: 2 });

    // A second tab still holding version 1 cannot overwrite version 2.
    expect(
      await refused('anna', SAVE_GOAL, {
        input: { ...NEW_GOAL, key: created.key, expectedVersion: 1, title: 'Alter Tab' },
      }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'ENTRY_CHANGED_MEANWHILE', params: { version: 2 } });

    // An interim check-in (before the due date) at +1.
    const { recordMyCheckin } = await ok<{ recordMyCheckin: Goal }>('anna', CHECKIN, {
      input: { goalKey: created.key, checkedOn: today, gasLevel: 1, note: 'Zwischenstand' },
    });
    expect(recordMyCheckin).toMatchObject({ version: 2, levelsFrozen: true, progress: 'INTERIM' });
    expect(recordMyCheckin.checkins).toEqual([
      expect.objectContaining({ position: 1, gasLevel: 1, interim: true, enteredInApp: true }),
    ]);
    const afterCheckin = await ok<{ goalAttainment: Record<string, number> }>('admin', GOAL_ATTAINMENT);
    expect(afterCheckin.goalAttainment).toEqual({
      ...afterSet.goalAttainment,
      attained: (afterSet.goalAttainment.attained ?? 0) + 1,
      noData: (afterSet.goalAttainment.noData ?? 0) - 1,
      checkins: (afterSet.goalAttainment.checkins ?? 0) + 1,
    });

    // Now the level descriptions are frozen; the title is not.
    const changedLevels = [...LEVELS.slice(0, 4), 'Fünf Initiativen'];
    expect(
      await refused('anna', SAVE_GOAL, {
        input: { ...NEW_GOAL, key: created.key, expectedVersion: 2, levels: changedLevels },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GOAL_LEVELS_FROZEN', params: { field: 'levels.4' } });
    const { saveMyGoal: retitled } = await ok<{ saveMyGoal: Goal }>('anna', SAVE_GOAL, {
      input: { ...NEW_GOAL, key: created.key, expectedVersion: 2, title: 'Neuer Titel' },
    });
    expect(retitled).toMatchObject({ version: 3, title: 'Neuer Titel', levelsFrozen: true });
    const checkinHistory = await sample.database.db
      .selectFrom('entry_history')
      .select(['action', 'version'])
      .where('entity', '=', 'checkin')
      .where('entity_key', '=', created.key)
      .execute();
    expect(checkinHistory).toEqual([{ action: 'created', version: 2 }]);
  });

  it('checks what a goal and a check-in say, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [{ title: '  ' }, { reason: 'ENTRY_REQUIRED', params: { field: 'title' } }],
      [{ levels: LEVELS.slice(0, 4) }, { reason: 'GOAL_LEVELS_COUNT' }],
      [
        { levels: [...LEVELS.slice(0, 2), '', ...LEVELS.slice(3)] },
        { reason: 'ENTRY_REQUIRED', params: { field: 'levels.2' } },
      ],
      [
        { staircaseLevel: 8 },
        { reason: 'ENTRY_OUT_OF_RANGE', params: { field: 'staircaseLevel', min: 1, max: 7 } },
      ],
      [{ weight: 0 }, { reason: 'ENTRY_OUT_OF_RANGE', params: { field: 'weight' } }],
      [
        { description: 'x'.repeat(2001) },
        { reason: 'ENTRY_TOO_LONG', params: { field: 'description', max: 2000 } },
      ],
      [{ dueOn: '2020-01-01' }, { reason: 'ENTRY_DATE_TOO_EARLY', params: { field: 'dueOn', min: today } }],
      [{ cohortKey: '2023-24' }, { reason: 'NOT_ENROLLED_IN_COHORT', params: { value: '2023-24' } }],
      [{ key: 'P0050-goal-1' }, { reason: 'ENTRY_VERSION_REQUIRED' }],
    ];
    for (const [change, expected] of cases)
      expect(
        await refused('anna', SAVE_GOAL, { input: { ...NEW_GOAL, ...change } }),
        JSON.stringify(change),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        ...expected,
      });
    expect(
      await refused('lukas', CHECKIN, { input: { goalKey: 'G0001', checkedOn: '2099-01-01', gasLevel: 0 } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENTRY_DATE_IN_FUTURE' });
    expect(
      await refused('lukas', CHECKIN, { input: { goalKey: 'G0001', checkedOn: '2024-05-01', gasLevel: 0 } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ENTRY_DATE_TOO_EARLY',
      params: { min: '2024-05-22' },
    });
    expect(
      await refused('lukas', CHECKIN, { input: { goalKey: 'G0001', checkedOn: today, gasLevel: 3 } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENTRY_OUT_OF_RANGE' });
    // Nothing of the refused requests was written.
    const goals = await sample.database.db
      .selectFrom('goals')
      .select('key')
      .where('key', 'like', 'P0050-goal-%')
      .execute();
    expect(goals.map((g) => g.key)).toEqual(['P0050-goal-1']);
  });

  it('logs activities reaching an existing and a new initiative, within the edit window', async () => {
    const db = sample.database.db;
    // An initiative of Ben's network that a certified colleague (P0005) reached already: reach counts it once.
    const reached = { key: 'mint-bochum-i01' };
    type Reach = Record<
      'activities' | 'activeMultipliers' | 'initiativesReached' | 'educatorsReached' | 'youthReachedEstimate',
      number
    >;
    const before = await ok<{ reach: Reach }>('admin', REACH);

    const { myInitiatives } = await ok<{ myInitiatives: Array<{ key: string }> }>(
      'ben',
      '{ myInitiatives { key } }',
    );
    expect(myInitiatives.map((i) => i.key)).toContain(reached.key);
    expect(myInitiatives.every((i) => i.key.startsWith('mint-bochum-'))).toBe(true);

    const { saveMyActivity: first } = await ok<{ saveMyActivity: Activity }>('ben', SAVE_ACTIVITY, {
      input: {
        occurredOn: today,
        format: 'WORKSHOP',
        title: 'Werkstatt Wirkungslogik',
        educatorsReached: 12,
        youthReachedEstimate: 150,
        initiativeKeys: [reached.key],
        newInitiatives: [{ name: 'Makerspace Bochum-Süd', kind: 'STUDENT_LAB' }],
      },
    });
    expect(first).toMatchObject({ key: 'P0053-act-1', enteredInApp: true });
    expect(first.editableUntil).not.toBeNull();
    const added = first.initiatives.find((i) => i.name === 'Makerspace Bochum-Süd');
    expect(added).toMatchObject({ key: 'mint-bochum-ini-1', kind: 'STUDENT_LAB' });
    const stored = await db
      .selectFrom('initiatives as i')
      .innerJoin('networks as n', 'n.id', 'i.network_id')
      .innerJoin('participants as p', 'p.id', 'i.added_by')
      .select(['n.key as network', 'p.key as added_by'])
      .where('i.key', '=', 'mint-bochum-ini-1')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ network: 'mint-bochum', added_by: 'P0053' });

    const { saveMyActivity: second } = await ok<{ saveMyActivity: Activity }>('ben', SAVE_ACTIVITY, {
      input: {
        occurredOn: today,
        format: 'CONSULTING',
        title: 'Beratung Makerspace',
        educatorsReached: 3,
        youthReachedEstimate: 40,
        initiativeKeys: ['mint-bochum-ini-1'],
      },
    });
    expect(second.key).toBe('P0053-act-2');

    const after = await ok<{ reach: Reach }>('admin', REACH);
    expect(after.reach).toEqual({
      activities: before.reach.activities + 2,
      activeMultipliers: before.reach.activeMultipliers + 1,
      initiativesReached: before.reach.initiativesReached + 1,
      educatorsReached: before.reach.educatorsReached + 15,
      youthReachedEstimate: before.reach.youthReachedEstimate + 190,
    });

    // Within the window he may change it (and its links) …
    const { saveMyActivity: changed } = await ok<{ saveMyActivity: Activity }>('ben', SAVE_ACTIVITY, {
      input: {
        key: second.key,
        occurredOn: today,
        format: 'CONSULTING',
        title: 'Beratung Makerspace (2 Termine)',
        educatorsReached: 4,
        initiativeKeys: ['mint-bochum-ini-1', reached.key],
      },
    });
    expect(changed).toMatchObject({ key: second.key, title: 'Beratung Makerspace (2 Termine)' });
    expect(changed.initiatives.map((i) => i.key).sort()).toEqual([reached.key, 'mint-bochum-ini-1'].sort());
    const activityHistory = await db
      .selectFrom('entry_history')
      .select(['entity', 'action'])
      .where('participant_id', '=', (eb) =>
        eb.selectFrom('participants').select('id').where('key', '=', 'P0053'),
      )
      .where('entity', 'in', ['activity', 'initiative'])
      .orderBy('id')
      .execute();
    expect(activityHistory.map((h) => `${h.entity}:${h.action}`)).toEqual([
      'initiative:created',
      'activity:created',
      'activity:created',
      'activity:updated',
    ]);

    // … and not once the window is over (entered 15 days ago, the cohort allows 14).
    await db
      .updateTable('activities')
      .set({ app_entered_at: new Date(Date.now() - 15 * 86_400_000) })
      .where('key', '=', second.key)
      .execute();
    const closed = { code: 'FORBIDDEN', reason: 'ACTIVITY_EDIT_WINDOW_CLOSED', params: { days: 14 } };
    expect(
      await refused('ben', SAVE_ACTIVITY, {
        input: {
          key: second.key,
          occurredOn: today,
          format: 'OTHER',
          title: 'Zu spät',
          initiativeKeys: [reached.key],
        },
      }),
    ).toMatchObject(closed);
    expect(await refused('ben', DELETE_ACTIVITY, { key: second.key })).toMatchObject(closed);
    const { myActivities } = await ok<{ myActivities: Activity[] }>(
      'ben',
      `{ myActivities { ${ACTIVITY_FIELDS} } }`,
    );
    expect(myActivities.find((a) => a.key === second.key)?.editableUntil).toBeNull();

    // The first one is still in its window: he may delete it.
    expect(await ok('ben', DELETE_ACTIVITY, { key: first.key })).toEqual({ deleteMyActivity: true });
    const { myActivities: left } = await ok<{ myActivities: Activity[] }>('ben', '{ myActivities { key } }');
    expect(left.map((a) => a.key)).toEqual([second.key]);
  });

  it('keeps imported activities read-only, and checks what an activity says', async () => {
    expect(
      await refused('lukas', SAVE_ACTIVITY, {
        input: {
          key: 'A00001',
          occurredOn: '2024-11-25',
          format: 'CONSULTING',
          title: 'Geändert',
          initiativeKeys: ['mint-oberfranken-i04'],
        },
      }),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'ACTIVITY_EDIT_WINDOW_CLOSED' });
    expect(await refused('lukas', DELETE_ACTIVITY, { key: 'A00001' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACTIVITY_EDIT_WINDOW_CLOSED',
    });
    const activity = {
      occurredOn: today,
      format: 'WORKSHOP',
      title: 'Werkstatt',
      initiativeKeys: ['mint-oberfranken-i04'],
    };
    const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [{ initiativeKeys: [] }, { reason: 'INITIATIVE_REQUIRED' }],
      // Another network's initiative is no initiative of hers to pick.
      [
        { initiativeKeys: ['mint-bochum-ini-1'] },
        { reason: 'UNKNOWN_INITIATIVES', params: { values: 'mint-bochum-ini-1' } },
      ],
      [{ occurredOn: '2099-01-01' }, { reason: 'ENTRY_DATE_IN_FUTURE' }],
      [{ occurredOn: '2023-01-01' }, { reason: 'ENTRY_DATE_TOO_EARLY', params: { min: '2023-11-15' } }],
      [{ educatorsReached: -1 }, { reason: 'ENTRY_OUT_OF_RANGE', params: { field: 'educatorsReached' } }],
      [{ title: '' }, { reason: 'ENTRY_REQUIRED', params: { field: 'title' } }],
      [
        { newInitiatives: [{ name: ' ' }] },
        { reason: 'ENTRY_REQUIRED', params: { field: 'newInitiatives.0.name' } },
      ],
    ];
    for (const [change, expected] of cases)
      expect(
        await refused('lukas', SAVE_ACTIVITY, { input: { ...activity, ...change } }),
        JSON.stringify(change),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        ...expected,
      });
  });

  it('answers another coordinator’s keys exactly like keys that do not exist', async () => {
    // Lukas's imported goal and activity, and Anna's goal from above, as guessed by the other.
    const guesses: Array<[string, string, Record<string, unknown>]> = [
      ['anna', SAVE_GOAL, { input: { ...NEW_GOAL, key: 'G0001', expectedVersion: 1 } }],
      [
        'lukas',
        SAVE_GOAL,
        { input: { ...NEW_GOAL, cohortKey: '2023-24', key: 'P0050-goal-1', expectedVersion: 3 } },
      ],
      ['anna', CHECKIN, { input: { goalKey: 'G0001', checkedOn: today, gasLevel: 0 } }],
      ['anna', DELETE_ACTIVITY, { key: 'A00001' }],
      ['lukas', DELETE_ACTIVITY, { key: 'P0053-act-2' }],
      ['anna', DELETE_ACTIVITY, { key: 'P0053-act-2' }],
      [
        'anna',
        SAVE_ACTIVITY,
        {
          input: {
            key: 'A00001',
            occurredOn: today,
            format: 'OTHER',
            title: 'x',
            initiativeKeys: ['mint-bochum-ini-1'],
          },
        },
      ],
    ];
    for (const [user, query, variables] of guesses) {
      const theirs = await refused(user, query, variables);
      const key = (variables.key ??
        (variables.input as Record<string, unknown>).key ??
        (variables.input as Record<string, unknown>).goalKey) as string;
      const madeUp = `${key}-0`;
      const patch = (v: Record<string, unknown>) =>
        'key' in v && typeof v.key === 'string'
          ? { ...v, key: madeUp }
          : {
              input: {
                ...(v.input as object),
                ...('goalKey' in (v.input as object) ? { goalKey: madeUp } : { key: madeUp }),
              },
            };
      const nobodys = await refused(user, query, patch(variables));
      expect(theirs).toEqual({
        code: 'NOT_FOUND',
        reason: 'UNKNOWN_ENTRY',
        params: { value: key },
        message: `You have no entry "${key}"`,
      });
      expect(nobodys).toEqual({
        ...theirs,
        params: { value: madeUp },
        message: `You have no entry "${madeUp}"`,
      });
    }
    // Nothing of the other's changed, and the lists show only one's own.
    const { myGoals } = await ok<{ myGoals: Goal[] }>('anna', `{ myGoals { ${GOAL_FIELDS} } }`);
    expect(myGoals.map((g) => g.key)).toEqual(['P0050-goal-1']);
    const lukas = await ok<{ myGoals: Goal[]; myActivities: Activity[] }>(
      'lukas',
      '{ myGoals { key } myActivities { key } }',
    );
    expect(lukas.myGoals.map((g) => g.key)).toEqual(['G0001']);
    expect(lukas.myActivities.map((a) => a.key).sort()).toEqual(['A00001', 'A00002']);
    const a00001 = await sample.database.db
      .selectFrom('activities')
      .select('title')
      .where('key', '=', 'A00001')
      .executeTakeFirstOrThrow();
    expect(a00001.title).toBe('Netzwerktreffen Qualität');
  });

  it('refuses a coordinator everything else, and refuses the coordinators’ area to everyone else', async () => {
    for (const query of [
      '{ reach { multipliers } }',
      '{ goalAttainment { goals } }',
      '{ users { id } }',
      '{ participants(first: 1) { nodes { key } } }',
      '{ auditLog(first: 1) { totalCount } }',
      '{ entryHistory { totalCount } }',
    ])
      expect((await refused('anna', query)).code, query).toBe('FORBIDDEN');
    for (const user of ['admin', 'telekom'])
      for (const query of [
        '{ myGoals { key } }',
        '{ myParticipation { participantKey } }',
        '{ myActivities { key } }',
      ])
        expect(await refused(user, query)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('admin', DELETE_ACTIVITY, { key: 'A00001' })).toMatchObject({ code: 'FORBIDDEN' });

    const base = sample.server.base;
    const bearer = { authorization: `Bearer ${sample.tokens.anna}` };
    expect((await fetch(`${base}/api/audit.csv`, { headers: bearer })).status).toBe(403);
    expect((await fetch(`${base}/api/imports?dryRun=true`, { method: 'POST', headers: bearer })).status).toBe(
      403,
    );
    expect((await fetch(`${base}/api/imports/format`, { headers: bearer })).status).toBe(403);
    // A real report, frozen by the admin: the coordinator may not download it.
    const { generateFunderReport } = await ok<{ generateFunderReport: { id: string } }>(
      'admin',
      'mutation { generateFunderReport(funder: "telekom-stiftung", from: "2025-01-01", to: "2025-12-31") { id } }',
    );
    const report = await fetch(`${base}/api/reports/${generateFunderReport.id}.json`, { headers: bearer });
    expect(report.status).toBe(403);
    expect(await report.text()).not.toContain('telekom');
  });
});
