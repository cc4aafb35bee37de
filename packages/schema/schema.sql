-- The database after every migration of packages/schema/migrations, read from its catalog by
-- packages/schema/src/schema-sql.ts. Do not edit: `pnpm --filter @mintq/schema schema:dump`
-- writes it, and a test fails when it differs from what the migrations build.
-- Latest migration: 20261205T2000-coordinators

-- Functions

CREATE OR REPLACE FUNCTION activities_refresh_reach_bits(activity_ids integer[])
 RETURNS void
 LANGUAGE sql
AS $function$
      with changed as (select distinct id from unnest(activity_ids) as t(id)),
      blank as (select repeat('0', coalesce(max(id), 0) + 1)::bit varying as bits from initiatives),
      computed as (
        select l.activity_id,
               bit_or(set_bit(b.bits, l.initiative_id, 1)) as initiative_bits,
               bit_or(state_bit(n.state_code)) as state_bits
        from changed c
        join activity_initiatives l on l.activity_id = c.id
        join initiatives i on i.id = l.initiative_id
        join networks n on n.id = i.network_id
        cross join blank b
        group by l.activity_id
      )
      update activities a
      set initiative_bits = coalesce(v.initiative_bits, B''), state_bits = coalesce(v.state_bits, 0)
      from changed c left join computed v on v.activity_id = c.id
      where a.id = c.id
        and (a.initiative_bits, a.state_bits)
          is distinct from (coalesce(v.initiative_bits, B''), coalesce(v.state_bits, 0))
    $function$;

CREATE OR REPLACE FUNCTION activity_links_refresh_bits()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      if tg_op = 'INSERT' then
        perform activities_refresh_reach_bits(array(select activity_id from new_links));
      elsif tg_op = 'DELETE' then
        perform activities_refresh_reach_bits(array(select activity_id from old_links));
      else
        perform activities_refresh_reach_bits(
          array(select activity_id from new_links union select activity_id from old_links));
      end if;
      return null;
    end $function$;

CREATE OR REPLACE FUNCTION funder_reports_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      raise exception 'funder reports are immutable: % on % is not allowed', tg_op, tg_table_name;
    end
    $function$;

CREATE OR REPLACE FUNCTION initiatives_refresh_reach_bits()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      perform activities_refresh_reach_bits(array(
        select l.activity_id
        from new_rows n join old_rows o on o.id = n.id
        join activity_initiatives l on l.initiative_id = n.id
        where n.network_id is distinct from o.network_id));
      return null;
    end $function$;

CREATE OR REPLACE FUNCTION networks_refresh_reach_bits()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      perform activities_refresh_reach_bits(array(
        select l.activity_id
        from new_rows n join old_rows o on o.id = n.id
        join initiatives i on i.network_id = n.id
        join activity_initiatives l on l.initiative_id = i.id
        where n.state_code is distinct from o.state_code));
      return null;
    end $function$;

CREATE OR REPLACE FUNCTION responses_refresh_answer_vectors()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    begin
      update responses r
      set answers_text = coalesce(v.answers_text, '{}{}')
      from (
        select t.response_id, x.answers_text
        from (select distinct response_id from changed_answers) t
        left join lateral (
          select array_agg(a.item_id order by a.item_id)::text
                 || array_agg(a.value order by a.item_id)::text as answers_text
          from answers a where a.response_id = t.response_id
        ) x on true
      ) v
      where r.id = v.response_id and r.answers_text is distinct from coalesce(v.answers_text, '{}{}');
      return null;
    end $function$;

CREATE OR REPLACE FUNCTION state_bit(code text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
RETURN (1 << (array_position(ARRAY['DE-BB'::text, 'DE-BE'::text, 'DE-BW'::text, 'DE-BY'::text, 'DE-HB'::text, 'DE-HE'::text, 'DE-HH'::text, 'DE-MV'::text, 'DE-NI'::text, 'DE-NW'::text, 'DE-RP'::text, 'DE-SH'::text, 'DE-SL'::text, 'DE-SN'::text, 'DE-ST'::text, 'DE-TH'::text], code) - 1));

-- Tables

CREATE TABLE activities (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    participant_id integer NOT NULL,
    occurred_on date NOT NULL,
    format text NOT NULL,
    title text,
    educators_reached integer,
    youth_reached_estimate integer,
    occurred_month date GENERATED ALWAYS AS ((date_trunc('month'::text, (occurred_on)::timestamp without time zone))::date) STORED,
    initiative_bits bit varying DEFAULT ''::"bit" NOT NULL,
    state_bits integer DEFAULT 0 NOT NULL,
    app_entered_at timestamp with time zone,
    app_edited_at timestamp with time zone,
    CONSTRAINT activities_pkey PRIMARY KEY (id),
    CONSTRAINT activities_key_key UNIQUE (key),
    CONSTRAINT activities_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants(id),
    CONSTRAINT activities_educators CHECK (((educators_reached IS NULL) OR (educators_reached >= 0))),
    CONSTRAINT activities_format CHECK ((format = ANY (ARRAY['workshop'::text, 'consulting'::text, 'network_meeting'::text, 'training'::text, 'other'::text]))),
    CONSTRAINT activities_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT activities_youth CHECK (((youth_reached_estimate IS NULL) OR (youth_reached_estimate >= 0)))
);
CREATE INDEX activities_date ON activities USING btree (occurred_on);
CREATE INDEX activities_month_participant ON activities USING btree (occurred_month, participant_id) INCLUDE (occurred_on);
CREATE INDEX activities_participant_date ON activities USING btree (participant_id, occurred_on);

CREATE TABLE activity_initiatives (
    activity_id integer NOT NULL,
    initiative_id integer NOT NULL,
    CONSTRAINT activity_initiatives_pkey PRIMARY KEY (activity_id, initiative_id),
    CONSTRAINT activity_initiatives_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES activities(id) ON DELETE CASCADE,
    CONSTRAINT activity_initiatives_initiative_id_fkey FOREIGN KEY (initiative_id) REFERENCES initiatives(id)
);
CREATE INDEX activity_initiatives_initiative ON activity_initiatives USING btree (initiative_id);
CREATE TRIGGER activity_links_bits_delete AFTER DELETE ON activity_initiatives REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION activity_links_refresh_bits();
CREATE TRIGGER activity_links_bits_insert AFTER INSERT ON activity_initiatives REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION activity_links_refresh_bits();
CREATE TRIGGER activity_links_bits_update AFTER UPDATE ON activity_initiatives REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION activity_links_refresh_bits();

CREATE TABLE answers (
    response_id integer NOT NULL,
    item_id integer NOT NULL,
    value smallint NOT NULL,
    CONSTRAINT answers_pkey PRIMARY KEY (response_id, item_id),
    CONSTRAINT answers_item_id_fkey FOREIGN KEY (item_id) REFERENCES items(id),
    CONSTRAINT answers_response_id_fkey FOREIGN KEY (response_id) REFERENCES responses(id) ON DELETE CASCADE
);
CREATE TRIGGER answers_vectors_delete AFTER DELETE ON answers REFERENCING OLD TABLE AS changed_answers FOR EACH STATEMENT EXECUTE FUNCTION responses_refresh_answer_vectors();
CREATE TRIGGER answers_vectors_insert AFTER INSERT ON answers REFERENCING NEW TABLE AS changed_answers FOR EACH STATEMENT EXECUTE FUNCTION responses_refresh_answer_vectors();
CREATE TRIGGER answers_vectors_update AFTER UPDATE ON answers REFERENCING NEW TABLE AS changed_answers FOR EACH STATEMENT EXECUTE FUNCTION responses_refresh_answer_vectors();

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    user_id integer,
    actor text NOT NULL,
    action text NOT NULL,
    subject text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id),
    CONSTRAINT audit_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id)
);
CREATE INDEX audit_log_at ON audit_log USING btree (at);

CREATE TABLE checkins (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    goal_id integer NOT NULL,
    "position" integer NOT NULL,
    checked_on date NOT NULL,
    gas_level smallint NOT NULL,
    value text,
    note text,
    app_entered_at timestamp with time zone,
    CONSTRAINT checkins_pkey PRIMARY KEY (id),
    CONSTRAINT checkins_goal_position UNIQUE (goal_id, "position"),
    CONSTRAINT checkins_goal_id_fkey FOREIGN KEY (goal_id) REFERENCES goals(id) ON DELETE CASCADE,
    CONSTRAINT checkins_gas_level CHECK (((gas_level >= '-2'::integer) AND (gas_level <= 2)))
);
CREATE INDEX checkins_goal_date ON checkins USING btree (goal_id, checked_on, "position");

CREATE TABLE cohorts (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    program_id integer NOT NULL,
    label text NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    transfer_workshop_on date,
    activity_edit_days integer DEFAULT 14 NOT NULL,
    CONSTRAINT cohorts_pkey PRIMARY KEY (id),
    CONSTRAINT cohorts_key_key UNIQUE (key),
    CONSTRAINT cohorts_program_id_fkey FOREIGN KEY (program_id) REFERENCES programs(id),
    CONSTRAINT cohorts_activity_edit_days_check CHECK (((activity_edit_days >= 0) AND (activity_edit_days <= 366))),
    CONSTRAINT cohorts_dates CHECK ((ends_on >= starts_on)),
    CONSTRAINT cohorts_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text))
);

CREATE TABLE enrollments (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    participant_id integer NOT NULL,
    cohort_id integer NOT NULL,
    status text NOT NULL,
    certified_on date,
    withdrawn_on date,
    CONSTRAINT enrollments_pkey PRIMARY KEY (id),
    CONSTRAINT enrollments_participant_cohort UNIQUE (participant_id, cohort_id),
    CONSTRAINT enrollments_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts(id),
    CONSTRAINT enrollments_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants(id),
    CONSTRAINT enrollments_completed_certified CHECK (((status <> 'completed'::text) OR (certified_on IS NOT NULL))),
    CONSTRAINT enrollments_status CHECK ((status = ANY (ARRAY['enrolled'::text, 'completed'::text, 'withdrawn'::text])))
);
CREATE INDEX enrollments_cohort ON enrollments USING btree (cohort_id, status);

CREATE TABLE entry_history (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    user_id integer,
    actor text NOT NULL,
    source text NOT NULL,
    participant_id integer NOT NULL,
    entity text NOT NULL,
    entity_key text NOT NULL,
    action text NOT NULL,
    version integer,
    before jsonb,
    after jsonb,
    CONSTRAINT entry_history_pkey PRIMARY KEY (id),
    CONSTRAINT entry_history_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants(id) ON DELETE CASCADE,
    CONSTRAINT entry_history_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE SET NULL,
    CONSTRAINT entry_history_action_check CHECK ((action = ANY (ARRAY['created'::text, 'updated'::text, 'deleted'::text]))),
    CONSTRAINT entry_history_entity_check CHECK ((entity = ANY (ARRAY['goal'::text, 'checkin'::text, 'activity'::text, 'initiative'::text]))),
    CONSTRAINT entry_history_source_check CHECK ((source = ANY (ARRAY['app'::text, 'import'::text])))
);
CREATE INDEX entry_history_entity ON entry_history USING btree (entity, entity_key, at);
CREATE INDEX entry_history_participant ON entry_history USING btree (participant_id, at);

CREATE TABLE funder_releases (
    id integer DEFAULT nextval('funder_releases_id_seq'::regclass) NOT NULL,
    funder_id integer NOT NULL,
    data_version integer NOT NULL,
    cap text NOT NULL,
    k integer NOT NULL,
    version integer NOT NULL,
    passed boolean NOT NULL,
    answers text NOT NULL,
    audit text NOT NULL,
    built_at timestamp with time zone NOT NULL,
    CONSTRAINT funder_releases_pkey PRIMARY KEY (id),
    CONSTRAINT funder_releases_key UNIQUE (funder_id, data_version, cap, k, version),
    CONSTRAINT funder_releases_funder_id_fkey FOREIGN KEY (funder_id) REFERENCES funders(id)
);

CREATE TABLE funder_report_files (
    report_id uuid NOT NULL,
    format text NOT NULL,
    bytes bytea NOT NULL,
    sha256 text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT funder_report_files_pk PRIMARY KEY (report_id, format),
    CONSTRAINT funder_report_files_report_id_fkey FOREIGN KEY (report_id) REFERENCES funder_reports(id),
    CONSTRAINT funder_report_files_format CHECK ((format = ANY (ARRAY['pdf'::text, 'xlsx'::text])))
);
CREATE TRIGGER funder_report_files_append_only BEFORE DELETE OR UPDATE ON funder_report_files FOR EACH ROW EXECUTE FUNCTION funder_reports_append_only();

CREATE TABLE funder_reports (
    id uuid NOT NULL,
    funder_id integer NOT NULL,
    "from" date NOT NULL,
    "to" date NOT NULL,
    language text NOT NULL,
    content text NOT NULL,
    content_hash text NOT NULL,
    suppression_k integer NOT NULL,
    definitions_version text NOT NULL,
    user_id integer,
    created_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by_role text,
    CONSTRAINT funder_reports_pkey PRIMARY KEY (id),
    CONSTRAINT funder_reports_funder_id_fkey FOREIGN KEY (funder_id) REFERENCES funders(id),
    CONSTRAINT funder_reports_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id),
    CONSTRAINT funder_reports_created_by_role CHECK (((created_by_role IS NOT NULL) AND (created_by_role = ANY (ARRAY['ADMIN'::text, 'PROJECT_LEAD'::text])))) NOT VALID,
    CONSTRAINT funder_reports_hash CHECK ((content_hash ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT funder_reports_language CHECK ((language = ANY (ARRAY['de'::text, 'en'::text]))),
    CONSTRAINT funder_reports_period CHECK (("from" <= "to"))
);
CREATE INDEX funder_reports_funder_created ON funder_reports USING btree (funder_id, created_at);
CREATE TRIGGER funder_reports_append_only BEFORE DELETE OR UPDATE ON funder_reports FOR EACH ROW EXECUTE FUNCTION funder_reports_append_only();

CREATE TABLE funders (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    CONSTRAINT funders_pkey PRIMARY KEY (id),
    CONSTRAINT funders_key_key UNIQUE (key),
    CONSTRAINT funders_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT funders_kind CHECK ((kind = ANY (ARRAY['program_funder'::text, 'foundation'::text, 'operator'::text])))
);

CREATE TABLE fundings (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    funder_id integer NOT NULL,
    cohort_id integer NOT NULL,
    state_code text,
    amount_eur numeric(14,2),
    CONSTRAINT fundings_pkey PRIMARY KEY (id),
    CONSTRAINT fundings_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts(id),
    CONSTRAINT fundings_funder_id_fkey FOREIGN KEY (funder_id) REFERENCES funders(id),
    CONSTRAINT fundings_amount CHECK (((amount_eur IS NULL) OR (amount_eur >= (0)::numeric))),
    CONSTRAINT fundings_state CHECK (((state_code IS NULL) OR (state_code = ANY (ARRAY['DE-BB'::text, 'DE-BE'::text, 'DE-BW'::text, 'DE-BY'::text, 'DE-HB'::text, 'DE-HE'::text, 'DE-HH'::text, 'DE-MV'::text, 'DE-NI'::text, 'DE-NW'::text, 'DE-RP'::text, 'DE-SH'::text, 'DE-SL'::text, 'DE-SN'::text, 'DE-ST'::text, 'DE-TH'::text]))))
);
CREATE UNIQUE INDEX fundings_line ON fundings USING btree (funder_id, cohort_id, state_code) NULLS NOT DISTINCT;

CREATE TABLE goals (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    participant_id integer NOT NULL,
    cohort_id integer NOT NULL,
    title text NOT NULL,
    staircase_level smallint NOT NULL,
    set_on date NOT NULL,
    due_on date NOT NULL,
    indicator text,
    method text,
    baseline text,
    target text,
    weight double precision DEFAULT 1 NOT NULL,
    description text,
    level_minus_2 text,
    level_minus_1 text,
    level_0 text,
    level_plus_1 text,
    level_plus_2 text,
    version integer DEFAULT 1 NOT NULL,
    app_edited_at timestamp with time zone,
    CONSTRAINT goals_pkey PRIMARY KEY (id),
    CONSTRAINT goals_key_key UNIQUE (key),
    CONSTRAINT goals_enrollment FOREIGN KEY (participant_id, cohort_id) REFERENCES enrollments(participant_id, cohort_id),
    CONSTRAINT goals_dates CHECK ((due_on >= set_on)),
    CONSTRAINT goals_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT goals_staircase_level CHECK (((staircase_level >= 1) AND (staircase_level <= 7))),
    CONSTRAINT goals_version_check CHECK ((version >= 1)),
    CONSTRAINT goals_weight CHECK ((weight > (0)::double precision))
);
CREATE INDEX goals_participant_cohort ON goals USING btree (participant_id, cohort_id);

CREATE TABLE import_batches (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    user_id integer,
    actor text NOT NULL,
    source text NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    outcome text NOT NULL,
    files jsonb NOT NULL,
    counts jsonb NOT NULL,
    errors jsonb NOT NULL,
    CONSTRAINT import_batches_pkey PRIMARY KEY (id),
    CONSTRAINT import_batches_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id),
    CONSTRAINT import_batches_outcome CHECK ((outcome = ANY (ARRAY['imported'::text, 'rejected'::text])))
);

CREATE TABLE initiatives (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    network_id integer NOT NULL,
    name text NOT NULL,
    kind text,
    added_by integer,
    CONSTRAINT initiatives_pkey PRIMARY KEY (id),
    CONSTRAINT initiatives_key_key UNIQUE (key),
    CONSTRAINT initiatives_added_by_fkey FOREIGN KEY (added_by) REFERENCES participants(id) ON DELETE SET NULL,
    CONSTRAINT initiatives_network_id_fkey FOREIGN KEY (network_id) REFERENCES networks(id),
    CONSTRAINT initiatives_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT initiatives_kind CHECK (((kind IS NULL) OR (kind = ANY (ARRAY['school'::text, 'extracurricular'::text, 'student_lab'::text, 'company'::text, 'university'::text, 'other'::text]))))
);
CREATE INDEX initiatives_network ON initiatives USING btree (network_id);
CREATE TRIGGER initiatives_reach_bits AFTER UPDATE ON initiatives REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION initiatives_refresh_reach_bits();

CREATE TABLE instruments (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    CONSTRAINT instruments_pkey PRIMARY KEY (id),
    CONSTRAINT instruments_key_key UNIQUE (key),
    CONSTRAINT instruments_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT instruments_kind CHECK ((kind = ANY (ARRAY['self_assessment'::text, 'event_feedback'::text])))
);

CREATE TABLE items (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    instrument_id integer NOT NULL,
    code text NOT NULL,
    scale_min smallint NOT NULL,
    scale_max smallint NOT NULL,
    dimension text,
    text_de text,
    text_en text,
    reversed boolean DEFAULT false NOT NULL,
    role text DEFAULT 'likert'::text NOT NULL,
    CONSTRAINT items_pkey PRIMARY KEY (id),
    CONSTRAINT items_instrument_code UNIQUE (instrument_id, code),
    CONSTRAINT items_instrument_id_fkey FOREIGN KEY (instrument_id) REFERENCES instruments(id),
    CONSTRAINT items_code_format CHECK ((code ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT items_likert_dimension CHECK (((role <> 'likert'::text) OR (dimension IS NOT NULL))),
    CONSTRAINT items_nps_scale CHECK (((role <> 'nps'::text) OR ((scale_min = 0) AND (scale_max = 10)))),
    CONSTRAINT items_role CHECK ((role = ANY (ARRAY['likert'::text, 'nps'::text]))),
    CONSTRAINT items_scale CHECK ((scale_min < scale_max))
);

CREATE TABLE jobs (
    id bigint DEFAULT nextval('jobs_id_seq'::regclass) NOT NULL,
    kind text NOT NULL,
    key text NOT NULL,
    state text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    run_after timestamp with time zone DEFAULT now() NOT NULL,
    locked_by text,
    locked_until timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    error text,
    CONSTRAINT jobs_pkey PRIMARY KEY (id),
    CONSTRAINT jobs_kind_key UNIQUE (kind, key),
    CONSTRAINT jobs_state_check CHECK ((state = ANY (ARRAY['queued'::text, 'running'::text, 'done'::text, 'failed'::text])))
);
CREATE INDEX jobs_waiting ON jobs USING btree (run_after) WHERE (state = ANY (ARRAY['queued'::text, 'running'::text]));

CREATE TABLE login_throttle (
    key text NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    last_failure_at timestamp with time zone DEFAULT now() NOT NULL,
    blocked_until timestamp with time zone,
    CONSTRAINT login_throttle_pkey PRIMARY KEY (key)
);
CREATE INDEX login_throttle_last ON login_throttle USING btree (last_failure_at);

CREATE TABLE mail_outbox (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    kind text NOT NULL,
    recipient text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    sent_at timestamp with time zone,
    error text,
    CONSTRAINT mail_outbox_pkey PRIMARY KEY (id)
);
CREATE INDEX mail_outbox_created ON mail_outbox USING btree (created_at);

CREATE TABLE networks (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    state_code text NOT NULL,
    kind text,
    CONSTRAINT networks_pkey PRIMARY KEY (id),
    CONSTRAINT networks_key_key UNIQUE (key),
    CONSTRAINT networks_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT networks_kind CHECK (((kind IS NULL) OR (kind = ANY (ARRAY['urban'::text, 'rural'::text, 'mixed'::text])))),
    CONSTRAINT networks_state CHECK ((state_code = ANY (ARRAY['DE-BB'::text, 'DE-BE'::text, 'DE-BW'::text, 'DE-BY'::text, 'DE-HB'::text, 'DE-HE'::text, 'DE-HH'::text, 'DE-MV'::text, 'DE-NI'::text, 'DE-NW'::text, 'DE-RP'::text, 'DE-SH'::text, 'DE-SL'::text, 'DE-SN'::text, 'DE-ST'::text, 'DE-TH'::text])))
);
CREATE INDEX networks_state_code ON networks USING btree (state_code);
CREATE TRIGGER networks_reach_bits AFTER UPDATE ON networks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION networks_refresh_reach_bits();

CREATE TABLE participants (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    network_id integer NOT NULL,
    display_name text,
    email text,
    CONSTRAINT participants_pkey PRIMARY KEY (id),
    CONSTRAINT participants_key_key UNIQUE (key),
    CONSTRAINT participants_network_id_fkey FOREIGN KEY (network_id) REFERENCES networks(id),
    CONSTRAINT participants_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text))
);
CREATE INDEX participants_network ON participants USING btree (network_id);

CREATE TABLE person_erasures (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    erased_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id integer,
    actor text NOT NULL,
    participant_key text NOT NULL,
    removed jsonb NOT NULL,
    import_batch_id integer NOT NULL,
    CONSTRAINT person_erasures_pkey PRIMARY KEY (id),
    CONSTRAINT person_erasures_import_batch_id_fkey FOREIGN KEY (import_batch_id) REFERENCES import_batches(id),
    CONSTRAINT person_erasures_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id)
);
CREATE INDEX person_erasures_key ON person_erasures USING btree (participant_key);

CREATE TABLE programs (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    CONSTRAINT programs_pkey PRIMARY KEY (id),
    CONSTRAINT programs_key_key UNIQUE (key),
    CONSTRAINT programs_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text))
);

CREATE TABLE reminders (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    kind text NOT NULL,
    participant_id integer NOT NULL,
    goal_id integer,
    message text,
    send_after timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by integer,
    mail_id integer,
    sent_at timestamp with time zone,
    cancelled_at timestamp with time zone,
    cancel_reason text,
    CONSTRAINT reminders_pkey PRIMARY KEY (id),
    CONSTRAINT reminders_key_key UNIQUE (key),
    CONSTRAINT reminders_created_by_fkey FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE SET NULL,
    CONSTRAINT reminders_goal_id_fkey FOREIGN KEY (goal_id) REFERENCES goals(id) ON DELETE CASCADE,
    CONSTRAINT reminders_mail_id_fkey FOREIGN KEY (mail_id) REFERENCES mail_outbox(id),
    CONSTRAINT reminders_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants(id) ON DELETE CASCADE,
    CONSTRAINT reminders_kind_check CHECK ((kind = ANY (ARRAY['goal_due_soon'::text, 'goal_overdue'::text, 'set_goal'::text, 'log_activity'::text])))
);
CREATE INDEX reminders_participant ON reminders USING btree (participant_id, send_after);

CREATE TABLE responses (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    wave_id integer NOT NULL,
    response_key text NOT NULL,
    participant_id integer,
    submitted_at timestamp with time zone,
    listed_order integer NOT NULL,
    answers_text text DEFAULT '{}{}'::text NOT NULL,
    CONSTRAINT responses_pkey PRIMARY KEY (id),
    CONSTRAINT responses_wave_key UNIQUE (wave_id, response_key),
    CONSTRAINT responses_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants(id),
    CONSTRAINT responses_wave_id_fkey FOREIGN KEY (wave_id) REFERENCES waves(id)
);
CREATE INDEX responses_participant_wave ON responses USING btree (participant_id, wave_id, submitted_at);

CREATE TABLE sessions (
    id text NOT NULL,
    user_id integer NOT NULL,
    method text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    ip text,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
    CONSTRAINT sessions_method_check CHECK ((method = ANY (ARRAY['password'::text, 'oidc'::text])))
);
CREATE INDEX sessions_user ON sessions USING btree (user_id);

CREATE TABLE user_tokens (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    user_id integer NOT NULL,
    kind text NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT user_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT user_tokens_token_hash_key UNIQUE (token_hash),
    CONSTRAINT user_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
    CONSTRAINT user_tokens_kind_check CHECK ((kind = ANY (ARRAY['invitation'::text, 'password_reset'::text])))
);
CREATE INDEX user_tokens_user ON user_tokens USING btree (user_id, kind);

CREATE TABLE users (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    email text NOT NULL,
    password_hash text,
    role text NOT NULL,
    funder_id integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    last_sign_in_at timestamp with time zone,
    invited_by integer,
    language text DEFAULT 'de'::text NOT NULL,
    participant_id integer,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_funder_id_fkey FOREIGN KEY (funder_id) REFERENCES funders(id),
    CONSTRAINT users_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users(id) ON DELETE SET NULL,
    CONSTRAINT users_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants(id),
    CONSTRAINT users_funder CHECK (((role = 'funder'::text) = (funder_id IS NOT NULL))),
    CONSTRAINT users_language_check CHECK ((language = ANY (ARRAY['de'::text, 'en'::text]))),
    CONSTRAINT users_participant CHECK (((role = 'participant'::text) = (participant_id IS NOT NULL))),
    CONSTRAINT users_role CHECK ((role = ANY (ARRAY['admin'::text, 'project_lead'::text, 'analyst'::text, 'funder'::text, 'participant'::text]))),
    CONSTRAINT users_status_check CHECK ((status = ANY (ARRAY['invited'::text, 'active'::text, 'deactivated'::text])))
);
CREATE UNIQUE INDEX users_email ON users USING btree (lower(email));
CREATE UNIQUE INDEX users_participant ON users USING btree (participant_id) WHERE (participant_id IS NOT NULL);

CREATE TABLE waves (
    id integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    key text NOT NULL,
    instrument_id integer NOT NULL,
    cohort_id integer NOT NULL,
    wave text NOT NULL,
    opens_on date,
    closes_on date,
    CONSTRAINT waves_pkey PRIMARY KEY (id),
    CONSTRAINT waves_key_key UNIQUE (key),
    CONSTRAINT waves_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES cohorts(id),
    CONSTRAINT waves_instrument_id_fkey FOREIGN KEY (instrument_id) REFERENCES instruments(id),
    CONSTRAINT waves_dates CHECK (((opens_on IS NULL) OR (closes_on IS NULL) OR (closes_on >= opens_on))),
    CONSTRAINT waves_key_format CHECK ((key ~ '^[A-Za-z0-9._-]+$'::text)),
    CONSTRAINT waves_wave CHECK ((wave = ANY (ARRAY['pre'::text, 'post'::text, 'follow_up'::text, 'event'::text])))
);
CREATE INDEX waves_instrument_cohort ON waves USING btree (instrument_id, cohort_id);
