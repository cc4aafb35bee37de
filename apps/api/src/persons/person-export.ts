import { GAS_LEVEL_COLUMNS, GAS_LEVELS } from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { type Kysely, sql } from 'kysely';
import { NotFoundError } from '../errors/not-found.error.js';
import type { PersonDataActor } from './person-data-actor.js';

/**
 * Everything mintq holds about one participant (GDPR Art. 15), as a data protection officer
 * hands it out: the roster row, cohort memberships, survey answers with the questions asked,
 * impact goals with their check-ins, activities with the initiatives they reached, and the
 * import batches whose recorded problems name the participant's key; and what the coordinator
 * did in mintq themselves: their sign-in account, the history of their entries and the
 * reminders mailed to them. Keys, not database ids; other people appear nowhere (initiatives,
 * networks and questions are no people; who changed an entry is named only when it was the
 * person themselves or an import).
 */
export interface PersonExport {
  format: 'mintq-person-export';
  version: 1;
  exportedAt: string;
  participant: {
    key: string;
    displayName: string | null;
    email: string | null;
    network: { key: string; name: string; state: string };
  };
  enrollments: {
    cohort: { key: string; label: string; startsOn: string; endsOn: string };
    status: string;
    certifiedOn: string | null;
    withdrawnOn: string | null;
  }[];
  responses: {
    instrument: { key: string; name: string };
    wave: { key: string; kind: string; cohort: string };
    responseKey: string;
    submittedAt: string | null;
    answers: {
      item: string;
      question: { de: string | null; en: string | null };
      dimension: string | null;
      scale: { min: number; max: number; reversed: boolean };
      value: number;
    }[];
  }[];
  goals: {
    key: string;
    cohort: string;
    title: string;
    staircaseLevel: number;
    setOn: string;
    dueOn: string;
    indicator: string | null;
    method: string | null;
    baseline: string | null;
    target: string | null;
    weight: number;
    description: string | null;
    /** The expected outcome the person wrote for each GAS level, −2 … +2. */
    levels: { level: number; description: string | null }[];
    version: number;
    changedInAppAt: string | null;
    checkins: {
      checkedOn: string;
      gasLevel: number;
      value: string | null;
      note: string | null;
      enteredInAppAt: string | null;
    }[];
  }[];
  activities: {
    key: string;
    occurredOn: string;
    format: string;
    title: string | null;
    educatorsReached: number | null;
    youthReachedEstimate: number | null;
    enteredInAppAt: string | null;
    changedInAppAt: string | null;
    initiatives: { key: string; name: string; network: string }[];
  }[];
  /** The person's own sign-in, if they were invited as a coordinator. */
  account: {
    email: string;
    status: string;
    language: string;
    createdAt: string;
    lastSignInAt: string | null;
  } | null;
  /** Every change to their entries: made in the app (by them) or by an import overwriting one. */
  entryHistory: {
    at: string;
    source: string;
    entity: string;
    entityKey: string;
    action: string;
    version: number | null;
    before: unknown;
    after: unknown;
  }[];
  /** Reminder mails to them: what, when, whether sent. */
  reminders: { kind: string; sendAfter: string; sentAt: string | null; cancelledAt: string | null }[];
  /**
   * mintq keeps no row-by-row record of which import brought which row; what names a person is
   * a rejected (or accepted) import's list of problems, e.g. `unknown participant "P0042"`.
   */
  importBatches: { id: number; outcome: string; finishedAt: string; source: string; problems: string[] }[];
}

/** How many rows a person has per kind: what an erasure removes, named as the tables are. */
export type PersonRowCounts = Record<
  | 'participants'
  | 'enrollments'
  | 'responses'
  | 'answers'
  | 'goals'
  | 'checkins'
  | 'activities'
  | 'activity_initiatives',
  number
>;

export function unknownPerson(key: string): NotFoundError {
  return new NotFoundError(`no participant with the key "${key}"`);
}

/** The person's rows counted from their export, the same counts an erasure reports. */
export function countRows(person: PersonExport): PersonRowCounts {
  const sum = <T>(list: T[], count: (item: T) => number) => list.reduce((n, item) => n + count(item), 0);
  return {
    participants: 1,
    enrollments: person.enrollments.length,
    responses: person.responses.length,
    answers: sum(person.responses, (r) => r.answers.length),
    goals: person.goals.length,
    checkins: sum(person.goals, (g) => g.checkins.length),
    activities: person.activities.length,
    activity_initiatives: sum(person.activities, (a) => a.initiatives.length),
  };
}

/** The export as `mintq person export` prints it and the dashboard downloads it. */
export function formatPersonExport(person: PersonExport): string {
  return JSON.stringify(person, null, 2);
}

const isoOrNull = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Reads one participant's export; NOT_FOUND for a key no participant has. Writes nothing. */
export async function readPersonExport(db: Kysely<DB>, key: string): Promise<PersonExport> {
  const person = await db
    .selectFrom('participants as p')
    .innerJoin('networks as n', 'n.id', 'p.network_id')
    .select(['p.id', 'p.key', 'p.display_name', 'p.email', 'n.key as network_key', 'n.name as network_name'])
    .select('n.state_code')
    .where('p.key', '=', key)
    .executeTakeFirst();
  if (!person) throw unknownPerson(key);

  const enrollments = await db
    .selectFrom('enrollments as e')
    .innerJoin('cohorts as c', 'c.id', 'e.cohort_id')
    .select(['c.key', 'c.label', 'c.starts_on', 'c.ends_on', 'e.status', 'e.certified_on', 'e.withdrawn_on'])
    .where('e.participant_id', '=', person.id)
    .orderBy('c.key')
    .execute();

  const responses = await db
    .selectFrom('responses as r')
    .innerJoin('waves as w', 'w.id', 'r.wave_id')
    .innerJoin('instruments as i', 'i.id', 'w.instrument_id')
    .innerJoin('cohorts as c', 'c.id', 'w.cohort_id')
    .select([
      'r.id',
      'r.response_key',
      'r.submitted_at',
      'w.key as wave_key',
      'w.wave',
      'c.key as cohort_key',
    ])
    .select(['i.key as instrument_key', 'i.name as instrument_name'])
    .where('r.participant_id', '=', person.id)
    .orderBy('w.key')
    .orderBy('r.listed_order')
    .execute();
  const answers = await db
    .selectFrom('answers as a')
    .innerJoin('items as it', 'it.id', 'a.item_id')
    .select(['a.response_id', 'a.value', 'it.code', 'it.text_de', 'it.text_en', 'it.dimension'])
    .select(['it.scale_min', 'it.scale_max', 'it.reversed'])
    .where('a.response_id', 'in', responses.length > 0 ? responses.map((r) => r.id) : [-1])
    .orderBy('a.response_id')
    .orderBy('it.code')
    .execute();

  const goals = await db
    .selectFrom('goals as g')
    .innerJoin('cohorts as c', 'c.id', 'g.cohort_id')
    .selectAll('g')
    .select('c.key as cohort_key')
    .where('g.participant_id', '=', person.id)
    .orderBy('g.key')
    .execute();
  const checkins = await db
    .selectFrom('checkins')
    .select(['goal_id', 'checked_on', 'gas_level', 'value', 'note', 'app_entered_at'])
    .where('goal_id', 'in', goals.length > 0 ? goals.map((g) => g.id) : [-1])
    .orderBy('goal_id')
    .orderBy('position')
    .execute();

  const activities = await db
    .selectFrom('activities')
    .select(['id', 'key', 'occurred_on', 'format', 'title', 'educators_reached', 'youth_reached_estimate'])
    .select(['app_entered_at', 'app_edited_at'])
    .where('participant_id', '=', person.id)
    .orderBy('occurred_on')
    .orderBy('key')
    .execute();
  const links = await db
    .selectFrom('activity_initiatives as l')
    .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
    .innerJoin('networks as n', 'n.id', 'i.network_id')
    .select(['l.activity_id', 'i.key', 'i.name', 'n.key as network_key'])
    .where('l.activity_id', 'in', activities.length > 0 ? activities.map((a) => a.id) : [-1])
    .orderBy('l.activity_id')
    .orderBy('i.key')
    .execute();

  const account = await db
    .selectFrom('users')
    .select(['email', 'status', 'language', 'created_at', 'last_sign_in_at'])
    .where('participant_id', '=', person.id)
    .executeTakeFirst();
  const history = await db
    .selectFrom('entry_history')
    .select(['at', 'source', 'entity', 'entity_key', 'action', 'version', 'before', 'after'])
    .where('participant_id', '=', person.id)
    .orderBy('id')
    .execute();
  const reminders = await db
    .selectFrom('reminders')
    .select(['kind', 'send_after', 'sent_at', 'cancelled_at'])
    .where('participant_id', '=', person.id)
    .orderBy('id')
    .execute();

  // Problems name a key in quotes (`unknown participant "P0042"`); only those lines are the person's.
  const quoted = `"${key}"`;
  const batches = await db
    .selectFrom('import_batches as b')
    .select(['b.id', 'b.outcome', 'b.finished_at', 'b.source'])
    .select(
      sql<string[]>`(select coalesce(jsonb_agg(e.value order by e.position), '[]'::jsonb)
        from jsonb_array_elements_text(b.errors) with ordinality as e(value, position)
        where strpos(e.value, ${quoted}) > 0)`.as('problems'),
    )
    .where(sql<boolean>`exists (select 1 from jsonb_array_elements_text(b.errors) as e(value)
        where strpos(e.value, ${quoted}) > 0)`)
    .orderBy('b.id')
    .execute();

  return {
    format: 'mintq-person-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    participant: {
      key: person.key,
      displayName: person.display_name,
      email: person.email,
      network: { key: person.network_key, name: person.network_name, state: person.state_code },
    },
    enrollments: enrollments.map((e) => ({
      cohort: { key: e.key, label: e.label, startsOn: e.starts_on, endsOn: e.ends_on },
      status: e.status,
      certifiedOn: e.certified_on,
      withdrawnOn: e.withdrawn_on,
    })),
    responses: responses.map((r) => ({
      instrument: { key: r.instrument_key, name: r.instrument_name },
      wave: { key: r.wave_key, kind: r.wave, cohort: r.cohort_key },
      responseKey: r.response_key,
      submittedAt: isoOrNull(r.submitted_at),
      answers: answers
        .filter((a) => a.response_id === r.id)
        .map((a) => ({
          item: a.code,
          question: { de: a.text_de, en: a.text_en },
          dimension: a.dimension,
          scale: { min: a.scale_min, max: a.scale_max, reversed: a.reversed },
          value: a.value,
        })),
    })),
    goals: goals.map((g) => ({
      key: g.key,
      cohort: g.cohort_key,
      title: g.title,
      staircaseLevel: g.staircase_level,
      setOn: g.set_on,
      dueOn: g.due_on,
      indicator: g.indicator,
      method: g.method,
      baseline: g.baseline,
      target: g.target,
      weight: g.weight,
      description: g.description,
      levels: GAS_LEVELS.map((level) => ({ level, description: g[GAS_LEVEL_COLUMNS[level]] })),
      version: g.version,
      changedInAppAt: isoOrNull(g.app_edited_at),
      checkins: checkins
        .filter((c) => c.goal_id === g.id)
        .map((c) => ({
          checkedOn: c.checked_on,
          gasLevel: c.gas_level,
          value: c.value,
          note: c.note,
          enteredInAppAt: isoOrNull(c.app_entered_at),
        })),
    })),
    activities: activities.map((a) => ({
      key: a.key,
      occurredOn: a.occurred_on,
      format: a.format,
      title: a.title,
      educatorsReached: a.educators_reached,
      youthReachedEstimate: a.youth_reached_estimate,
      enteredInAppAt: isoOrNull(a.app_entered_at),
      changedInAppAt: isoOrNull(a.app_edited_at),
      initiatives: links
        .filter((l) => l.activity_id === a.id)
        .map((l) => ({ key: l.key, name: l.name, network: l.network_key })),
    })),
    account: account
      ? {
          email: account.email,
          status: account.status,
          language: account.language,
          createdAt: new Date(account.created_at).toISOString(),
          lastSignInAt: isoOrNull(account.last_sign_in_at),
        }
      : null,
    entryHistory: history.map((h) => ({
      at: new Date(h.at).toISOString(),
      source: h.source,
      entity: h.entity,
      entityKey: h.entity_key,
      action: h.action,
      version: h.version,
      before: h.before,
      after: h.after,
    })),
    reminders: reminders.map((r) => ({
      kind: r.kind,
      sendAfter: new Date(r.send_after).toISOString(),
      sentAt: isoOrNull(r.sent_at),
      cancelledAt: isoOrNull(r.cancelled_at),
    })),
    importBatches: batches.map((b) => ({
      id: b.id,
      outcome: b.outcome,
      finishedAt: new Date(b.finished_at).toISOString(),
      source: b.source,
      problems: b.problems,
    })),
  };
}

/** Reads the export for someone, and records in the audit log who read whose data. */
export async function exportPerson(db: Kysely<DB>, key: string, by: PersonDataActor): Promise<PersonExport> {
  const person = await readPersonExport(db, key);
  await db
    .insertInto('audit_log')
    .values({ user_id: by.userId, actor: by.actor, action: 'person.exported', subject: `participant:${key}` })
    .execute();
  return person;
}
