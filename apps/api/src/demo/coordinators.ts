/**
 * The demo's coordinators: sign-ins of the PARTICIPANT role for people of the running cohort,
 * with goals, check-ins and transfer activities entered "in the app", one coordinator per state
 * of completion (no goal yet, and each of `GOAL_PROGRESS`). The bundle stands on a fixed day;
 * these entries are dated relative to the day the demo is loaded, so that each coordinator's
 * goal is in its state when someone signs in after `pnpm start`.
 */
import {
  type ActivityFormat,
  GAS_LEVEL_COLUMNS,
  GAS_LEVELS,
  type GoalProgress,
  type InitiativeKind,
} from '@mintq/contract';
import type { DB } from '@mintq/schema';
import type { Kysely, Transaction } from 'kysely';
import { activityHistoryFields, goalHistoryFields } from '../my-entries/entry-history-fields.js';
import { todayInBerlin } from '../scope/scope.service.js';
import { addDays, berlinOffset, timestamp } from './dates.js';

/** The cohort the demo coordinators are enrolled in: the one still running in the bundle. */
export const DEMO_COORDINATOR_COHORT = '2025-26';

/** The five expected outcomes, at −2, −1, 0, +1, +2. */
type Levels = readonly [string, string, string, string, string];

interface DemoGoal {
  title: string;
  description: string;
  staircaseLevel: number;
  weight: number;
  levels: Levels;
  measurementPlan: string;
  /** Days before the load day. */
  setDaysAgo: number;
  /** Days after the load day (negative: in the past). */
  dueInDays: number;
  /** Check-ins: days before the load day, the level reached, a note. */
  checkins: readonly { daysAgo: number; gasLevel: number; note: string | null }[];
  /** A later change in the app (version 2): days before the load day, and the new measurement plan. */
  editedDaysAgo?: { daysAgo: number; measurementPlan: string };
}

interface DemoActivity {
  /** Days before the load day it took place, and it was entered. */
  occurredDaysAgo: number;
  enteredDaysAgo: number;
  format: ActivityFormat;
  title: string;
  educators: number | null;
  youth: number | null;
  /** How many of the network's imported initiatives it reached (the first n by key). */
  networkInitiatives: number;
  /** An initiative the coordinator adds in the app. */
  newInitiative?: { name: string; kind: InitiativeKind };
}

export interface DemoCoordinator {
  email: string;
  /** The state their goal is in on the load day; `NONE`: no goal yet. */
  state: GoalProgress | 'NONE';
  goal: DemoGoal | null;
  activities: readonly DemoActivity[];
}

const ELTERN: Levels = [
  'Kein Elternabend findet statt; die Eltern erfahren nichts über die MINT-Angebote.',
  'Ein Elternabend an einer Schule, weniger als 15 Eltern kommen.',
  'Zwei Elternabende an zwei Schulen mit zusammen 40 Eltern; die Hälfte meldet ihr Kind für ein Angebot an.',
  'Drei Elternabende mit zusammen 60 Eltern; mehr als die Hälfte meldet ihr Kind an.',
  'Elternabende an allen vier Partnerschulen; Eltern bieten selbst Betriebsbesuche an.',
];

const MAEDCHEN: Levels = [
  'Der Mädchenanteil in den Informatik-AGs sinkt unter 20 %.',
  'Der Mädchenanteil bleibt bei etwa 25 %.',
  'Der Mädchenanteil in den Informatik-AGs steigt auf 35 %.',
  'Der Mädchenanteil steigt auf 40 %, zwei Mädchen übernehmen eine Mentorinnenrolle.',
  'Der Mädchenanteil erreicht 50 %, und eine reine Mädchen-AG läuft selbstständig weiter.',
];

const NETZWERK: Levels = [
  'Das Netzwerktreffen findet nicht statt.',
  'Ein Treffen mit weniger als fünf Initiativen, ohne gemeinsame Planung.',
  'Zwei Treffen mit acht Initiativen; ein gemeinsamer Angebotskalender für das Schuljahr steht.',
  'Der Kalender steht, und drei Initiativen planen ein gemeinsames Ferienangebot.',
  'Alle Initiativen der Region nutzen den Kalender; zwei neue Träger kommen dazu.',
];

const LEHRKRAEFTE: Levels = [
  'Keine Lehrkraft nimmt an der Fortbildung teil.',
  'Weniger als zehn Lehrkräfte nehmen teil, niemand setzt das Experiment im Unterricht ein.',
  'Zwanzig Lehrkräfte nehmen teil, zehn setzen mindestens ein Experiment im Unterricht ein.',
  'Fünfzehn Lehrkräfte setzen die Experimente regelmäßig ein und teilen Material.',
  'Die Fortbildung wird fester Teil des schulinternen Fortbildungsplans an drei Schulen.',
];

const BETRIEBE: Levels = [
  'Kein Betrieb beteiligt sich am Praxistag.',
  'Zwei Betriebe beteiligen sich, die Jugendlichen bleiben Zuschauer.',
  'Fünf Betriebe bieten Praxisstationen an, 80 Jugendliche probieren selbst etwas aus.',
  'Sieben Betriebe, 120 Jugendliche; fünf Jugendliche bewerben sich um ein Praktikum.',
  'Der Praxistag wird jährlich; die Betriebe tragen ihn gemeinsam mit dem Netzwerk.',
];

/** One coordinator per state of completion, in the order the demo lists them. */
export const DEMO_COORDINATORS: readonly DemoCoordinator[] = [
  {
    email: 'koordination.ohne-ziel@mintq.example',
    state: 'NONE',
    goal: null,
    activities: [],
  },
  {
    email: 'koordination.gesetzt@mintq.example',
    state: 'SET',
    goal: {
      title: 'Eltern für MINT-Angebote gewinnen',
      description:
        'Eltern kennen die MINT-Angebote der Region und ermutigen ihre Kinder, daran teilzunehmen.',
      staircaseLevel: 3,
      weight: 1,
      levels: ELTERN,
      measurementPlan: 'Teilnahmelisten der Elternabende und Anmeldungen zu den Angeboten zählen.',
      setDaysAgo: 20,
      dueInDays: 160,
      checkins: [],
      editedDaysAgo: {
        daysAgo: 6,
        measurementPlan:
          'Teilnahmelisten der Elternabende; Anmeldungen zu den Angeboten mit der Frage „Wie haben Sie davon erfahren?“.',
      },
    },
    activities: [
      {
        occurredDaysAgo: 4,
        enteredDaysAgo: 3,
        format: 'network_meeting',
        title: 'Auftakt Elternarbeit mit den Partnerschulen',
        educators: 9,
        youth: null,
        networkInitiatives: 2,
      },
    ],
  },
  {
    email: 'koordination.zwischenstand@mintq.example',
    state: 'INTERIM',
    goal: {
      title: 'Mehr Mädchen in den Informatik-AGs',
      description: 'Mädchen trauen sich Informatik zu und bleiben in den AGs der Partnerschulen.',
      staircaseLevel: 4,
      weight: 1.5,
      levels: MAEDCHEN,
      measurementPlan: 'Anmeldelisten der Informatik-AGs zu Beginn und Ende jedes Halbjahrs auswerten.',
      setDaysAgo: 100,
      dueInDays: 80,
      checkins: [{ daysAgo: 10, gasLevel: -1, note: 'Zwischenstand: 28 % Mädchen, Tendenz steigend.' }],
    },
    activities: [
      {
        occurredDaysAgo: 45,
        enteredDaysAgo: 44,
        format: 'workshop',
        title: 'Workshop „Coden ohne Klischees“ für AG-Leitungen',
        educators: 12,
        youth: 40,
        networkInitiatives: 1,
      },
      {
        occurredDaysAgo: 5,
        enteredDaysAgo: 5,
        format: 'training',
        title: 'Mentorinnen-Training',
        educators: 4,
        youth: 18,
        networkInitiatives: 1,
        newInitiative: { name: 'Girls-Coding-Club am Gymnasium', kind: 'extracurricular' },
      },
    ],
  },
  {
    email: 'koordination.faellig@mintq.example',
    state: 'DUE',
    goal: {
      title: 'Gemeinsamer Angebotskalender des Netzwerks',
      description: 'Die Initiativen der Region stimmen ihre Angebote ab, statt nebeneinanderher zu planen.',
      staircaseLevel: 2,
      weight: 1,
      levels: NETZWERK,
      measurementPlan: 'Protokolle der Netzwerktreffen und Einträge im gemeinsamen Kalender zählen.',
      setDaysAgo: 170,
      dueInDays: 7,
      checkins: [{ daysAgo: 80, gasLevel: 0, note: 'Erstes Treffen mit sieben Initiativen.' }],
    },
    activities: [
      {
        occurredDaysAgo: 60,
        enteredDaysAgo: 58,
        format: 'network_meeting',
        title: 'Netzwerktreffen Angebotskalender',
        educators: 14,
        youth: null,
        networkInitiatives: 3,
      },
    ],
  },
  {
    email: 'koordination.ueberfaellig@mintq.example',
    state: 'OVERDUE',
    goal: {
      title: 'Experimente im Unterricht verankern',
      description: 'Lehrkräfte setzen einfache Experimente im Sachunterricht regelmäßig ein.',
      staircaseLevel: 4,
      weight: 2,
      levels: LEHRKRAEFTE,
      measurementPlan: 'Kurze Umfrage unter den Fortbildungsteilnehmenden acht Wochen danach.',
      setDaysAgo: 200,
      dueInDays: -12,
      checkins: [],
    },
    activities: [
      {
        occurredDaysAgo: 120,
        enteredDaysAgo: 118,
        format: 'training',
        title: 'Fortbildung Experimentierkiste Grundschule',
        educators: 22,
        youth: null,
        networkInitiatives: 2,
      },
    ],
  },
  {
    email: 'koordination.abgeschlossen@mintq.example',
    state: 'CHECKED',
    goal: {
      title: 'Praxistag mit Betrieben der Region',
      description: 'Jugendliche erleben MINT-Berufe in Betrieben der Region und probieren selbst etwas aus.',
      staircaseLevel: 3,
      weight: 1,
      levels: BETRIEBE,
      measurementPlan: 'Anmeldungen der Betriebe, Teilnahmelisten und Praktikumsbewerbungen zählen.',
      setDaysAgo: 210,
      dueInDays: -25,
      checkins: [
        { daysAgo: 120, gasLevel: -1, note: 'Drei Betriebe zugesagt.' },
        { daysAgo: 20, gasLevel: 1, note: 'Sieben Betriebe, 130 Jugendliche, sechs Praktikumsbewerbungen.' },
      ],
    },
    activities: [
      {
        occurredDaysAgo: 30,
        enteredDaysAgo: 29,
        format: 'workshop',
        title: 'Praxistag MINT-Berufe',
        educators: 16,
        youth: 130,
        networkInitiatives: 3,
        newInitiative: { name: 'Ausbildungsverbund Metall', kind: 'company' },
      },
      {
        occurredDaysAgo: 2,
        enteredDaysAgo: 1,
        format: 'consulting',
        title: 'Beratung: Praxistag verstetigen',
        educators: 3,
        youth: null,
        networkInitiatives: 1,
      },
    ],
  },
];

/** An instant on a Berlin day (`minutes` after local midnight), as a Date. */
function berlinInstant(date: string, minutes: number): Date {
  return new Date(`${timestamp(date, minutes)}${berlinOffset(date)}`);
}

/**
 * Adds the demo coordinators: a sign-in each (role participant, password hash given), linked to
 * the first people (by key) new in the running cohort and still enrolled, with their entries. Does nothing for a
 * coordinator whose sign-in already exists (loading the demo again changes nothing).
 */
export async function loadDemoCoordinators(
  db: Kysely<DB>,
  passwordHash: string,
  now = new Date(),
): Promise<void> {
  const today = todayInBerlin(now);
  const people = await db
    .selectFrom('enrollments as e')
    .innerJoin('cohorts as c', 'c.id', 'e.cohort_id')
    .innerJoin('participants as p', 'p.id', 'e.participant_id')
    .select(['p.id', 'p.key', 'p.network_id', 'c.id as cohortId', 'c.key as cohortKey'])
    .where('c.key', '=', DEMO_COORDINATOR_COHORT)
    .where('e.status', '=', 'enrolled')
    // New to the programme: their first cohort is this one.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('enrollments as other')
            .select('other.id')
            .whereRef('other.participant_id', '=', 'p.id')
            .whereRef('other.cohort_id', '<>', 'c.id'),
        ),
      ),
    )
    .orderBy('p.key')
    .limit(DEMO_COORDINATORS.length)
    .execute();
  if (people.length < DEMO_COORDINATORS.length)
    throw new Error(`the demo's cohort ${DEMO_COORDINATOR_COHORT} has too few enrolled people`);
  await db.transaction().execute(async (trx) => {
    for (const [i, coordinator] of DEMO_COORDINATORS.entries()) {
      const person = people[i] as (typeof people)[number];
      const existing = await trx
        .selectFrom('users')
        .select('id')
        .where('email', '=', coordinator.email)
        .executeTakeFirst();
      if (existing) continue;
      const user = await trx
        .insertInto('users')
        .values({
          email: coordinator.email,
          password_hash: passwordHash,
          role: 'participant',
          funder_id: null,
          participant_id: person.id,
          status: 'active',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const entry = { trx, today, userId: user.id, actor: coordinator.email, person };
      if (coordinator.goal) await addGoal(entry, coordinator.goal);
      for (const [n, activity] of coordinator.activities.entries()) await addActivity(entry, activity, n + 1);
    }
  });
}

interface EntryContext {
  trx: Transaction<DB>;
  today: string;
  userId: number;
  actor: string;
  person: { id: number; key: string; network_id: number; cohortId: number; cohortKey: string };
}

async function addGoal({ trx, today, userId, actor, person }: EntryContext, goal: DemoGoal): Promise<void> {
  const key = `${person.key}-goal-1`;
  const setOn = addDays(today, -goal.setDaysAgo);
  const dueOn = addDays(today, goal.dueInDays);
  const createdAt = berlinInstant(setOn, 10 * 60);
  const edit = goal.editedDaysAgo;
  const editedAt = edit ? berlinInstant(addDays(today, -edit.daysAgo), 17 * 60 + 30) : null;
  const levelColumns = Object.fromEntries(
    GAS_LEVELS.map((level, i) => [GAS_LEVEL_COLUMNS[`${level}`], goal.levels[i] as string]),
  );
  const created = await trx
    .insertInto('goals')
    .values({
      key,
      participant_id: person.id,
      cohort_id: person.cohortId,
      title: goal.title,
      staircase_level: goal.staircaseLevel,
      set_on: setOn,
      due_on: dueOn,
      method: edit?.measurementPlan ?? goal.measurementPlan,
      weight: goal.weight,
      description: goal.description,
      ...levelColumns,
      version: edit ? 2 : 1,
      app_edited_at: editedAt ?? createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const history = {
    user_id: userId,
    actor,
    source: 'app',
    participant_id: person.id,
    entity_key: key,
  } as const;
  const fields = goalHistoryFields({
    cohort_key: person.cohortKey,
    title: goal.title,
    description: goal.description,
    staircase_level: goal.staircaseLevel,
    weight: goal.weight,
    // The levels in GAS_LEVELS order, −2 … +2.
    level_minus_2: goal.levels[0],
    level_minus_1: goal.levels[1],
    level_0: goal.levels[2],
    level_plus_1: goal.levels[3],
    level_plus_2: goal.levels[4],
    method: goal.measurementPlan,
    set_on: setOn,
    due_on: dueOn,
  });
  await trx
    .insertInto('entry_history')
    .values({
      ...history,
      at: createdAt,
      entity: 'goal',
      action: 'created',
      version: 1,
      before: null,
      after: JSON.stringify(fields),
    })
    .execute();
  if (edit && editedAt)
    await trx
      .insertInto('entry_history')
      .values({
        ...history,
        at: editedAt,
        entity: 'goal',
        action: 'updated',
        version: 2,
        before: JSON.stringify(fields),
        after: JSON.stringify({ ...fields, method: edit.measurementPlan }),
      })
      .execute();
  for (const [i, c] of goal.checkins.entries()) {
    const checkedOn = addDays(today, -c.daysAgo);
    const enteredAt = berlinInstant(checkedOn, 18 * 60 + 15);
    await trx
      .insertInto('checkins')
      .values({
        goal_id: created.id,
        position: i + 1,
        checked_on: checkedOn,
        gas_level: c.gasLevel,
        note: c.note,
        app_entered_at: enteredAt,
      })
      .execute();
    await trx
      .insertInto('entry_history')
      .values({
        ...history,
        at: enteredAt,
        entity: 'checkin',
        action: 'created',
        version: edit ? 2 : 1,
        before: null,
        after: JSON.stringify({
          position: i + 1,
          checked_on: checkedOn,
          gas_level: c.gasLevel,
          note: c.note,
        }),
      })
      .execute();
  }
}

async function addActivity(
  { trx, today, userId, actor, person }: EntryContext,
  activity: DemoActivity,
  n: number,
): Promise<void> {
  const key = `${person.key}-act-${n}`;
  const occurredOn = addDays(today, -activity.occurredDaysAgo);
  const enteredAt = berlinInstant(addDays(today, -activity.enteredDaysAgo), 16 * 60 + 45);
  const history = {
    user_id: userId,
    actor,
    source: 'app',
    participant_id: person.id,
    at: enteredAt,
  } as const;
  const reached = await trx
    .selectFrom('initiatives')
    .select(['id', 'key'])
    .where('network_id', '=', person.network_id)
    .where('added_by', 'is', null)
    .orderBy('key')
    .limit(activity.networkInitiatives)
    .execute();
  if (activity.newInitiative) {
    const network = await trx
      .selectFrom('networks')
      .select('key')
      .where('id', '=', person.network_id)
      .executeTakeFirstOrThrow();
    const taken = await trx
      .selectFrom('initiatives')
      .select('key')
      .where('key', 'like', `${network.key}-ini-%`)
      .execute();
    const initiativeKey = `${network.key}-ini-${taken.length + 1}`;
    const added = await trx
      .insertInto('initiatives')
      .values({
        key: initiativeKey,
        network_id: person.network_id,
        name: activity.newInitiative.name,
        kind: activity.newInitiative.kind,
        added_by: person.id,
      })
      .returning(['id', 'key'])
      .executeTakeFirstOrThrow();
    reached.push(added);
    await trx
      .insertInto('entry_history')
      .values({
        ...history,
        entity: 'initiative',
        entity_key: initiativeKey,
        action: 'created',
        version: null,
        before: null,
        after: JSON.stringify({
          network_key: network.key,
          name: activity.newInitiative.name,
          kind: activity.newInitiative.kind,
        }),
      })
      .execute();
  }
  const created = await trx
    .insertInto('activities')
    .values({
      key,
      participant_id: person.id,
      occurred_on: occurredOn,
      format: activity.format,
      title: activity.title,
      educators_reached: activity.educators,
      youth_reached_estimate: activity.youth,
      app_entered_at: enteredAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (reached.length > 0)
    await trx
      .insertInto('activity_initiatives')
      .values(reached.map((r) => ({ activity_id: created.id, initiative_id: r.id })))
      .execute();
  await trx
    .insertInto('entry_history')
    .values({
      ...history,
      entity: 'activity',
      entity_key: key,
      action: 'created',
      version: null,
      before: null,
      after: JSON.stringify(
        activityHistoryFields(
          {
            occurred_on: occurredOn,
            format: activity.format,
            title: activity.title,
            educators_reached: activity.educators,
            youth_reached_estimate: activity.youth,
          },
          reached.map((r) => r.key),
        ),
      ),
    })
    .execute();
}
