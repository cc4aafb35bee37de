import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration describes the schema as it was on 2026-11-25 and
// imports nothing from the app. Later changes go into new migrations.

const STATES = [
  'DE-BB',
  'DE-BE',
  'DE-BW',
  'DE-BY',
  'DE-HB',
  'DE-HE',
  'DE-HH',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SH',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-TH',
];

function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

/** Keys chosen by users: letters, digits, `-`, `_`, `.` (import-bundle.md). */
function key(column: string) {
  return sql.raw(`${column} ~ '^[A-Za-z0-9._-]+$'`);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programs')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addCheckConstraint('programs_key_format', key('key'))
    .execute();

  await db.schema
    .createTable('funders')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addCheckConstraint('funders_key_format', key('key'))
    .addCheckConstraint('funders_kind', oneOf('kind', ['program_funder', 'foundation', 'operator']))
    .execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('transfer_workshop_on', 'date')
    .addCheckConstraint('cohorts_key_format', key('key'))
    .addCheckConstraint('cohorts_dates', sql`ends_on >= starts_on`)
    .execute();

  await db.schema
    .createTable('fundings')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('funder_id', 'integer', (c) => c.notNull().references('funders.id'))
    .addColumn('cohort_id', 'integer', (c) => c.notNull().references('cohorts.id'))
    .addColumn('state_code', 'text')
    .addColumn('amount_eur', sql`numeric(14, 2)`)
    .addCheckConstraint('fundings_state', sql`state_code is null or ${oneOf('state_code', STATES)}`)
    .addCheckConstraint('fundings_amount', sql`amount_eur is null or amount_eur >= 0`)
    .execute();
  // A funding line without a state is a line of its own: NULLS NOT DISTINCT makes
  // (funder, cohort, no state) unique, so upserts can target it.
  await sql`create unique index fundings_line on fundings (funder_id, cohort_id, state_code) nulls not distinct`.execute(
    db,
  );

  await db.schema
    .createTable('networks')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addCheckConstraint('networks_key_format', key('key'))
    .addCheckConstraint('networks_state', oneOf('state_code', STATES))
    .addCheckConstraint('networks_kind', sql`kind is null or ${oneOf('kind', ['urban', 'rural', 'mixed'])}`)
    .execute();
  await db.schema.createIndex('networks_state_code').on('networks').column('state_code').execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('network_id', 'integer', (c) => c.notNull().references('networks.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addCheckConstraint('initiatives_key_format', key('key'))
    .addCheckConstraint(
      'initiatives_kind',
      sql`kind is null or ${oneOf('kind', ['school', 'extracurricular', 'student_lab', 'company', 'university', 'other'])}`,
    )
    .execute();
  await db.schema.createIndex('initiatives_network').on('initiatives').column('network_id').execute();

  await db.schema
    .createTable('participants')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('network_id', 'integer', (c) => c.notNull().references('networks.id'))
    .addColumn('display_name', 'text')
    .addColumn('email', 'text')
    .addCheckConstraint('participants_key_format', key('key'))
    .execute();
  await db.schema.createIndex('participants_network').on('participants').column('network_id').execute();

  await db.schema
    .createTable('enrollments')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participants.id'))
    .addColumn('cohort_id', 'integer', (c) => c.notNull().references('cohorts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('certified_on', 'date')
    .addColumn('withdrawn_on', 'date')
    .addUniqueConstraint('enrollments_participant_cohort', ['participant_id', 'cohort_id'])
    .addCheckConstraint('enrollments_status', oneOf('status', ['enrolled', 'completed', 'withdrawn']))
    .addCheckConstraint(
      'enrollments_completed_certified',
      sql`status <> 'completed' or certified_on is not null`,
    )
    .execute();
  await db.schema
    .createIndex('enrollments_cohort')
    .on('enrollments')
    .columns(['cohort_id', 'status'])
    .execute();

  await db.schema
    .createTable('instruments')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addCheckConstraint('instruments_key_format', key('key'))
    .addCheckConstraint('instruments_kind', oneOf('kind', ['self_assessment', 'event_feedback']))
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('scale_min', 'smallint', (c) => c.notNull())
    .addColumn('scale_max', 'smallint', (c) => c.notNull())
    .addColumn('dimension', 'text')
    .addColumn('text_de', 'text')
    .addColumn('text_en', 'text')
    .addColumn('reversed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('likert'))
    .addUniqueConstraint('items_instrument_code', ['instrument_id', 'code'])
    .addCheckConstraint('items_code_format', key('code'))
    .addCheckConstraint('items_scale', sql`scale_min < scale_max`)
    .addCheckConstraint('items_role', oneOf('role', ['likert', 'nps']))
    .addCheckConstraint('items_likert_dimension', sql`role <> 'likert' or dimension is not null`)
    .addCheckConstraint('items_nps_scale', sql`role <> 'nps' or (scale_min = 0 and scale_max = 10)`)
    .execute();

  await db.schema
    .createTable('waves')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('cohort_id', 'integer', (c) => c.notNull().references('cohorts.id'))
    .addColumn('wave', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'date')
    .addColumn('closes_on', 'date')
    .addCheckConstraint('waves_key_format', key('key'))
    .addCheckConstraint('waves_wave', oneOf('wave', ['pre', 'post', 'follow_up', 'event']))
    .addCheckConstraint('waves_dates', sql`opens_on is null or closes_on is null or closes_on >= opens_on`)
    .execute();
  await db.schema
    .createIndex('waves_instrument_cohort')
    .on('waves')
    .columns(['instrument_id', 'cohort_id'])
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('wave_id', 'integer', (c) => c.notNull().references('waves.id'))
    .addColumn('response_key', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'integer', (c) => c.references('participants.id'))
    .addColumn('submitted_at', 'timestamptz')
    // Position of the row in its file: "equal instants: the one listed last" needs it.
    .addColumn('listed_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('responses_wave_key', ['wave_id', 'response_key'])
    .execute();
  await db.schema
    .createIndex('responses_participant_wave')
    .on('responses')
    .columns(['participant_id', 'wave_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
    .addColumn('value', 'smallint', (c) => c.notNull())
    .addPrimaryKeyConstraint('answers_pkey', ['response_id', 'item_id'])
    .execute();
  // No index on answers(item_id): the primary key serves every read (by response), and a
  // second index on the largest table would slow each import down by a third.

  await db.schema
    .createTable('goals')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('participant_id', 'integer', (c) => c.notNull())
    .addColumn('cohort_id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('staircase_level', 'smallint', (c) => c.notNull())
    .addColumn('set_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('indicator', 'text')
    .addColumn('method', 'text')
    .addColumn('baseline', 'text')
    .addColumn('target', 'text')
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    // A goal belongs to an enrollment: the participant must be enrolled in that cohort.
    .addForeignKeyConstraint('goals_enrollment', ['participant_id', 'cohort_id'], 'enrollments', [
      'participant_id',
      'cohort_id',
    ])
    .addCheckConstraint('goals_key_format', key('key'))
    .addCheckConstraint('goals_staircase_level', sql`staircase_level between 1 and 7`)
    .addCheckConstraint('goals_weight', sql`weight > 0`)
    .addCheckConstraint('goals_dates', sql`due_on >= set_on`)
    .execute();
  await db.schema
    .createIndex('goals_participant_cohort')
    .on('goals')
    .columns(['participant_id', 'cohort_id'])
    .execute();

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    // Position within the goal's rows of the file: "ties on the same date: the one listed last".
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('checked_on', 'date', (c) => c.notNull())
    .addColumn('gas_level', 'smallint', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('checkins_goal_position', ['goal_id', 'position'])
    .addCheckConstraint('checkins_gas_level', sql`gas_level between -2 and 2`)
    .execute();
  await db.schema
    .createIndex('checkins_goal_date')
    .on('checkins')
    .columns(['goal_id', 'checked_on', 'position'])
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participants.id'))
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('educators_reached', 'integer')
    .addColumn('youth_reached_estimate', 'integer')
    .addCheckConstraint('activities_key_format', key('key'))
    .addCheckConstraint(
      'activities_format',
      oneOf('format', ['workshop', 'consulting', 'network_meeting', 'training', 'other']),
    )
    .addCheckConstraint('activities_educators', sql`educators_reached is null or educators_reached >= 0`)
    .addCheckConstraint(
      'activities_youth',
      sql`youth_reached_estimate is null or youth_reached_estimate >= 0`,
    )
    .execute();
  await db.schema
    .createIndex('activities_participant_date')
    .on('activities')
    .columns(['participant_id', 'occurred_on'])
    .execute();
  await db.schema.createIndex('activities_date').on('activities').column('occurred_on').execute();

  await db.schema
    .createTable('activity_initiatives')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('initiative_id', 'integer', (c) => c.notNull().references('initiatives.id'))
    .addPrimaryKeyConstraint('activity_initiatives_pkey', ['activity_id', 'initiative_id'])
    .execute();
  await db.schema
    .createIndex('activity_initiatives_initiative')
    .on('activity_initiatives')
    .column('initiative_id')
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('funder_id', 'integer', (c) => c.references('funders.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('users_role', oneOf('role', ['admin', 'project_lead', 'analyst', 'funder']))
    .addCheckConstraint('users_funder', sql`(role = 'funder') = (funder_id is not null)`)
    .execute();
  await sql`create unique index users_email on users (lower(email))`.execute(db);

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('files', 'jsonb', (c) => c.notNull())
    .addColumn('counts', 'jsonb', (c) => c.notNull())
    .addColumn('errors', 'jsonb', (c) => c.notNull())
    .addCheckConstraint('import_batches_outcome', oneOf('outcome', ['imported', 'rejected']))
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}
