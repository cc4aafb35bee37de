import {
  FUNNEL_STEPS,
  GOAL_ATTAINMENT_COUNTS,
  type PublicCohortFunnel,
  type PublicDimensionOutcome,
  type PublicEventFeedback,
  type PublicGoalAttainment,
  type PublicMonthReach,
  type PublicReach,
  type PublicStateReach,
  type PublicSurveyOutcomes,
  type PublicWaveResponseRate,
  REACH_COUNTS,
} from '@mintq/contract';
import type { DB } from '@mintq/schema';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../auth/password.js';
import { UsersRepository } from '../../users/users.repository.js';
import { fundedCohorts, type UnpublishedPeople, unpublishedPeople } from './true-people-counts.js';

/**
 * The attacker's collection: everything one funder can obtain through the real GraphQL API over
 * HTTP and the JSON of its reports, over the funder's whole query space (docs/privacy.md), and
 * beside it the ground truth for the very same scopes (ADMIN answers, and the unpublished people
 * counts from SQL). Nothing here reads the server's release bookkeeping.
 */

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

/** What the attacker needs from a running mintq: POST /graphql and GET of a path, with a token. */
export interface AttackClient {
  base: string;
  graphql(
    query: string,
    options: { variables?: Record<string, unknown>; token?: string },
  ): Promise<{ body: GraphqlBody }>;
}

// ---- the answers, as GraphQL returns them ----------------------------------------------------

// The metric objects of a report have the shapes GraphQL returns (packages/schema).
export type StateRow = PublicStateReach;
export type MonthRow = PublicMonthReach;
export type ReachAnswer = PublicReach;
export type FunnelRow = PublicCohortFunnel;
export type GoalsAnswer = PublicGoalAttainment;
export type DimensionRow = PublicDimensionOutcome;
export type ResponseRateRow = PublicWaveResponseRate;
export type OutcomesAnswer = PublicSurveyOutcomes;
export type EventAnswer = PublicEventFeedback;

/** The statistics of a dimension besides n. */
export const DIMENSION_STATISTICS = [
  'meanFrom',
  'meanTo',
  'meanDiff',
  'sdDiff',
  't',
  'df',
  'p',
  'dz',
  'gz',
  'ciLow',
  'ciHigh',
  'alphaFrom',
  'alphaTo',
] as const satisfies readonly (keyof DimensionRow)[];

export interface ItemDistributionRow {
  item: string;
  dimension: string | null;
  n: number | null;
  suppressed: boolean;
  counts: { value: number; count: number | null }[];
}
/** One answer of each kind in one scope; a part absent was not asked (or not in a report). */
export interface MetricAnswers {
  reach?: ReachAnswer;
  funnel?: FunnelRow[];
  goals?: GoalsAnswer;
  /** `instrument PRE→POST` → outcomes. */
  outcomes: Map<string, OutcomesAnswer>;
  /** `instrument WAVE` → item distributions. */
  distributions: Map<string, ItemDistributionRow[]>;
  /** instrument → event feedback. */
  events: Map<string, EventAnswer>;
  /** Errors of requests that should have been answered, with what was asked. */
  errors: string[];
}

// ---- the query space ---------------------------------------------------------------------------

export interface Period {
  /** `start`, `YYYY`, or `from..to` for a report whose period is none of these. */
  label: string;
  /** What the funder sends (absent: since the start). */
  funderScope: { from?: string; to?: string };
  /** The effective period: from (null: since the start) and to, the capped as-of date. */
  from: string | null;
  to: string;
}

export interface Scope {
  /** `[cohort|period]`, e.g. `[all|start]`, `[2024-25|2025]`. */
  key: string;
  /** One funded cohort, or null for all of them. */
  cohort: string | null;
  period: Period;
}

export interface ScopeTruth {
  scope: Scope;
  admin: MetricAnswers;
  people: UnpublishedPeople;
}

/** One observation of a scope by the attacker: a GraphQL answer or a report's content. */
export interface Observation {
  scopeKey: string;
  /** `graphql` or `report <id> (<from>..<to>)`. */
  source: string;
  answers: MetricAnswers;
}

export interface Refusal {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The error codes of the answer (empty: answered). */
  codes: string[];
}

export interface FunderCollection {
  funder: string;
  k: number;
  cap: string;
  cohorts: string[];
  /** Cohort key → its first day. */
  cohortStarts: Map<string, string>;
  /** The first day of the first funded cohort: "since the start" begins in its month (none: the cap's). */
  firstCohortStart: string;
  years: number[];
  selfAssessments: string[];
  eventInstruments: string[];
  scopes: Map<string, ScopeTruth>;
  observations: Observation[];
  refusals: Refusal[];
  reports: { id: string; from: string; to: string; asOf: string; scopeKey: string }[];
  /** Failures outside the funder's queries: report generation and downloads. */
  errors: string[];
  /** How many requests the funder sent. */
  requests: number;
  /** Milliseconds waited for the funder's, the ADMIN's and the report generation's answers. */
  timings: { funder: number; admin: number; reports: number };
}

// ---- GraphQL documents ---------------------------------------------------------------------

// The counts come from the contract's lists, so the attacker asks for every count there is.
export const REACH_FIELDS = `${REACH_COUNTS.join(' ')} multiplierFactor suppressed
  byState { state networks networksReached initiativesReached multipliers suppressed }
  byMonth { month activities initiativesReached cumulativeInitiativesReached suppressed }`;
export const FUNNEL_FIELDS = `cohort ${FUNNEL_STEPS.join(' ')} suppressed`;
export const GOALS_FIELDS = `${GOAL_ATTAINMENT_COUNTS.join(' ')} attainmentRate meanTScore
  suppressed levels { level goals suppressed } byStaircaseLevel { level goals attained suppressed }`;
export const OUTCOMES_FIELDS = `instrument from to
  dimensions { dimension n ${DIMENSION_STATISTICS.join(' ')} suppressed }
  responseRates { cohort wave responded eligible rate suppressed }`;
export const DISTRIBUTION_FIELDS = 'item dimension n suppressed counts { value count }';
export const EVENT_FIELDS = 'instrument responses nps suppressed';

export const METRICS_QUERY = `query FunderMetrics($scope: ScopeInput) {
  reach(scope: $scope) { ${REACH_FIELDS} }
  cohortFunnel(scope: $scope) { ${FUNNEL_FIELDS} }
  goalAttainment(scope: $scope) { ${GOALS_FIELDS} } }`;

/** The comparisons and waves of docs/privacy.md's query space. */
export const COMPARISONS = ['POST', 'FOLLOW_UP'] as const;
export const DISTRIBUTION_WAVES = ['PRE', 'POST', 'FOLLOW_UP'] as const;

interface SurveyPart {
  alias: string;
  field: string;
  store(answers: MetricAnswers, value: unknown): void;
}

function surveyParts(selfAssessments: string[], eventInstruments: string[]): SurveyPart[] {
  const parts: SurveyPart[] = [];
  for (const instrument of selfAssessments) {
    for (const to of COMPARISONS) {
      parts.push({
        alias: `o${parts.length}`,
        field: `surveyOutcomes(instrument: ${JSON.stringify(instrument)}, from: PRE, to: ${to}, scope: $scope) { ${OUTCOMES_FIELDS} }`,
        store: (a, v) => a.outcomes.set(`${instrument} PRE→${to}`, v as OutcomesAnswer),
      });
    }
    for (const wave of DISTRIBUTION_WAVES) {
      parts.push({
        alias: `d${parts.length}`,
        field: `surveyItemDistributions(instrument: ${JSON.stringify(instrument)}, wave: ${wave}, scope: $scope) { ${DISTRIBUTION_FIELDS} }`,
        store: (a, v) => a.distributions.set(`${instrument} ${wave}`, v as ItemDistributionRow[]),
      });
    }
  }
  for (const instrument of eventInstruments) {
    parts.push({
      alias: `e${parts.length}`,
      field: `eventFeedback(instrument: ${JSON.stringify(instrument)}, scope: $scope) { ${EVENT_FIELDS} }`,
      store: (a, v) => a.events.set(instrument, v as EventAnswer),
    });
  }
  return parts;
}

export function emptyAnswers(): MetricAnswers {
  return { outcomes: new Map(), distributions: new Map(), events: new Map(), errors: [] };
}

// ---- dates -------------------------------------------------------------------------------------

/** The last day of the last completed month in Europe/Berlin: the cap of every funder period. */
export function capDate(now: Date = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The periods of the query space: since the start, then each calendar year up to the cap's. */
export function queryPeriods(firstStart: string, cap: string): Period[] {
  const periods: Period[] = [{ label: 'start', funderScope: {}, from: null, to: cap }];
  for (let year = Number(firstStart.slice(0, 4)); year <= Number(cap.slice(0, 4)); year++) {
    periods.push({
      label: String(year),
      funderScope: { from: `${year}-01-01`, to: `${year}-12-31` },
      from: `${year}-01-01`,
      to: minDate(`${year}-12-31`, cap),
    });
  }
  return periods;
}

export function scopeKey(cohort: string | null, periodLabel: string): string {
  return `[${cohort ?? 'all'}|${periodLabel}]`;
}

// ---- collection ------------------------------------------------------------------------------

export interface CollectOptions {
  client: AttackClient;
  db: Kysely<DB>;
  funder: string;
  tokens: { funder: string; admin: string; lead: string };
  k: number;
  cap?: string;
  /** Generate a report per calendar year first (default true). */
  generateReports?: boolean;
}

export interface Session {
  client: AttackClient;
  requests: number;
  milliseconds: number;
}

export async function post(
  session: Session,
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  session.requests++;
  const started = performance.now();
  let answer: { body: GraphqlBody };
  try {
    answer = await session.client.graphql(query, { variables, token });
  } catch (error) {
    // A kept-alive connection the server closed while the attacker's programme held the event
    // loop is reset before any answer; a client sends the request again, once.
    if (!isConnectionReset(error)) throw error;
    answer = await session.client.graphql(query, { variables, token });
  }
  session.milliseconds += performance.now() - started;
  return answer.body;
}

function isConnectionReset(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  return cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET';
}

function describeErrors(what: string, errors: GraphqlError[] | undefined): string[] {
  return (errors ?? []).map(
    (e) =>
      `${what}: ${e.extensions?.code ?? 'no code'} ${e.message}${e.path ? ` at ${e.path.join('.')}` : ''}`,
  );
}

/** Asks every metric of one scope, as the given user, in a few requests. */
export async function askScope(
  session: Session,
  token: string,
  scope: Record<string, unknown>,
  selfAssessments: string[],
  eventInstruments: string[],
  options: { surveys?: boolean } = {},
): Promise<MetricAnswers> {
  const answers = emptyAnswers();
  const what = JSON.stringify(scope);
  const metrics = await post(session, METRICS_QUERY, { scope }, token);
  answers.errors.push(...describeErrors(`metrics ${what}`, metrics.errors));
  const data = metrics.data ?? {};
  if (data.reach) answers.reach = data.reach as ReachAnswer;
  if (data.cohortFunnel) answers.funnel = data.cohortFunnel as FunnelRow[];
  if (data.goalAttainment) answers.goals = data.goalAttainment as GoalsAnswer;

  const parts = options.surveys === false ? [] : surveyParts(selfAssessments, eventInstruments);
  for (let i = 0; i < parts.length; i += 12) {
    const chunk = parts.slice(i, i + 12);
    const query = `query FunderSurveys($scope: ScopeInput) { ${chunk.map((p) => `${p.alias}: ${p.field}`).join('\n')} }`;
    const body = await post(session, query, { scope }, token);
    answers.errors.push(...describeErrors(`surveys ${what}`, body.errors));
    for (const part of chunk) {
      const value = body.data?.[part.alias];
      if (value !== undefined && value !== null) part.store(answers, value);
    }
  }
  return answers;
}

async function getJson(client: AttackClient, path: string, token: string) {
  const response = await fetch(`${client.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, body: response.ok ? (JSON.parse(text) as unknown) : text };
}

interface ReportContentShape {
  period: { from: string; to: string };
  asOf: string;
  reach?: ReachAnswer;
  funnel?: FunnelRow[];
  goals?: GoalsAnswer;
  surveys?: {
    instrument: { key: string };
    from: string;
    to: string;
    cohort?: string;
    outcomes: OutcomesAnswer;
  }[];
  events?: { instrument: { key: string }; cohort?: string; feedback: EventAnswer }[];
}

/**
 * A report's answers by the cohort they are of: reach, funnel and goals are of all funded
 * cohorts (`null`); since version 4 each survey and event feedback is of one cohort, older
 * reports' of all of them.
 */
function reportAnswers(content: ReportContentShape): Map<string | null, MetricAnswers> {
  const byCohort = new Map<string | null, MetricAnswers>();
  const of = (cohort: string | null) => {
    const answers = byCohort.get(cohort) ?? emptyAnswers();
    byCohort.set(cohort, answers);
    return answers;
  };
  const all = of(null);
  if (content.reach) all.reach = content.reach;
  if (content.funnel) all.funnel = content.funnel;
  if (content.goals) all.goals = content.goals;
  for (const s of content.surveys ?? [])
    of(s.cohort ?? null).outcomes.set(`${s.instrument.key} ${s.from}→${s.to}`, s.outcomes);
  for (const e of content.events ?? []) of(e.cohort ?? null).events.set(e.instrument.key, e.feedback);
  return byCohort;
}

const REPORTS_QUERY = 'query FunderReports { reports { id from to jsonUrl funder { key } } }';
const GENERATE_REPORT = `mutation GenerateReport($funder: String!, $from: Date!, $to: Date!) {
  generateFunderReport(funder: $funder, from: $from, to: $to, language: "de") { id } }`;

/** The requests outside the query space that must be refused with BAD_USER_INPUT. */
export function outOfSpaceRequests(
  collection: Pick<FunderCollection, 'cohorts' | 'years' | 'selfAssessments'>,
  stateInLines: string | null,
): { name: string; query: string; variables: Record<string, unknown> }[] {
  const year = collection.years[collection.years.length - 1] ?? 2025;
  const reach =
    'query Reach($scope: ScopeInput) { reach(scope: $scope) { activities activeMultipliers suppressed } }';
  const goals =
    'query Goals($scope: ScopeInput) { goalAttainment(scope: $scope) { goals attained suppressed } }';
  const funnel =
    'query Funnel($scope: ScopeInput) { cohortFunnel(scope: $scope) { cohort enrolled suppressed } }';
  const requests: { name: string; query: string; variables: Record<string, unknown> }[] = [
    {
      name: `reach with a states filter [${stateInLines}]`,
      query: reach,
      variables: { scope: { states: [stateInLines] } },
    },
    {
      name: `goalAttainment with a states filter [${stateInLines}]`,
      query: goals,
      variables: { scope: { states: [stateInLines] } },
    },
    {
      name: 'reach for the first half of a year',
      query: reach,
      variables: { scope: { from: `${year - 1}-01-01`, to: `${year - 1}-06-30` } },
    },
    {
      name: 'goalAttainment as of a day that ends no calendar year',
      query: goals,
      variables: { scope: { to: `${year - 1}-06-15` } },
    },
    {
      name: 'cohortFunnel from a day that starts no calendar year',
      query: funnel,
      variables: { scope: { from: `${year - 1}-03-01`, to: `${year - 1}-12-31` } },
    },
    {
      name: 'reach over two calendar years at once',
      query: reach,
      variables: { scope: { from: `${year - 1}-01-01`, to: `${year}-12-31` } },
    },
  ];
  const [first, second] = collection.cohorts;
  if (first !== undefined && second !== undefined) {
    requests.push({
      name: `reach of two cohorts [${first}, ${second}]`,
      query: reach,
      variables: { scope: { cohorts: [first, second] } },
    });
  }
  for (const instrument of collection.selfAssessments) {
    requests.push({
      name: `surveyOutcomes ${instrument} POST→FOLLOW_UP`,
      query: `query Outcomes($i: String!) { surveyOutcomes(instrument: $i, from: POST, to: FOLLOW_UP) {
        dimensions { dimension n suppressed } } }`,
      variables: { i: instrument },
    });
  }
  return requests;
}

export interface CollectionContext {
  collection: FunderCollection;
  /** The periods of the funder's query space: since the start, then each calendar year. */
  periods: Period[];
  /** Adds the ground truth of a scope (ADMIN answers and the unpublished people counts), once. */
  addTruth(cohort: string | null, period: Period): Promise<Scope>;
  sessions: { funder: Session; admin: Session; reports: Session };
}

/** An empty collection for a funder, with the means to add the truth of its scopes. */
export async function startCollection(options: CollectOptions): Promise<CollectionContext> {
  const { client, db, funder, tokens, k } = options;
  const cap = options.cap ?? capDate();
  const sessions = {
    funder: { client, requests: 0, milliseconds: 0 },
    admin: { client, requests: 0, milliseconds: 0 },
    reports: { client, requests: 0, milliseconds: 0 },
  };

  const funded = await fundedCohorts(db, funder);
  // A funder without funding lines has "since the start" alone, and nothing in it.
  const firstStart = funded[0]?.startsOn;
  const periods =
    firstStart === undefined ? queryPeriods(cap, cap).slice(0, 1) : queryPeriods(firstStart, cap);

  const instruments = await post(sessions.admin, '{ instruments { key kind } }', {}, tokens.admin);
  // A funder without funded cohorts has no survey wave in scope: its query space holds no survey.
  const list =
    funded.length === 0 ? [] : ((instruments.data?.instruments ?? []) as { key: string; kind: string }[]);
  const selfAssessments = list.filter((i) => i.kind === 'self_assessment').map((i) => i.key);
  const eventInstruments = list.filter((i) => i.kind === 'event_feedback').map((i) => i.key);

  const collection: FunderCollection = {
    funder,
    k,
    cap,
    cohorts: funded.map((c) => c.key),
    cohortStarts: new Map(funded.map((c) => [c.key, c.startsOn])),
    firstCohortStart: firstStart ?? `${cap.slice(0, 7)}-01`,
    years: periods.slice(1).map((p) => Number(p.label)),
    selfAssessments,
    eventInstruments,
    scopes: new Map(),
    observations: [],
    refusals: [],
    reports: [],
    errors: [],
    requests: 0,
    timings: { funder: 0, admin: 0, reports: 0 },
  };

  const addTruth = async (cohort: string | null, period: Period): Promise<Scope> => {
    const scope: Scope = { key: scopeKey(cohort, period.label), cohort, period };
    if (collection.scopes.has(scope.key)) return scope;
    const adminScope: Record<string, unknown> = { funder, to: period.to };
    if (period.from !== null) adminScope.from = period.from;
    if (cohort !== null) adminScope.cohorts = [cohort];
    // Surveys and event feedback do not depend on the period (DOMAIN.md): their truth is asked once.
    const since = collection.scopes.get(scopeKey(cohort, 'start'))?.admin;
    const admin = await askScope(
      sessions.admin,
      tokens.admin,
      adminScope,
      selfAssessments,
      eventInstruments,
      {
        surveys: since === undefined,
      },
    );
    if (since) {
      admin.outcomes = since.outcomes;
      admin.distributions = since.distributions;
      admin.events = since.events;
    }
    const people = await unpublishedPeople(db, { funder, cohort, from: period.from, to: period.to });
    collection.scopes.set(scope.key, { scope, admin, people });
    return scope;
  };
  return { collection, periods, addTruth, sessions };
}

/**
 * Everything one funder can obtain over its query space (and the ground truth for each scope).
 * Reports are generated by the project lead for each calendar year first, then every report of
 * the funder is downloaded as the funder user.
 */
export async function collectFunderAnswers(options: CollectOptions): Promise<FunderCollection> {
  const { client, db, funder, tokens } = options;
  const { collection, periods, addTruth, sessions } = await startCollection(options);
  const { selfAssessments, eventInstruments, cap } = collection;
  const session = sessions.funder;

  for (const cohort of [null, ...collection.cohorts]) {
    for (const period of periods) {
      const scope = await addTruth(cohort, period);
      const funderScope: Record<string, unknown> = { ...period.funderScope };
      if (cohort !== null) funderScope.cohorts = [cohort];
      const answers = await askScope(session, tokens.funder, funderScope, selfAssessments, eventInstruments);
      collection.observations.push({ scopeKey: scope.key, source: 'graphql', answers });
    }
  }

  // Reports: one per calendar year, made by the project lead, downloaded by the funder.
  if (options.generateReports !== false) {
    for (const year of collection.years) {
      const made = await post(
        sessions.reports,
        GENERATE_REPORT,
        { funder, from: `${year}-01-01`, to: `${year}-12-31` },
        tokens.lead,
      );
      if (made.errors?.length) {
        // A server that wants the capped end of the year gets it.
        const capped = await post(
          sessions.reports,
          GENERATE_REPORT,
          { funder, from: `${year}-01-01`, to: minDate(`${year}-12-31`, cap) },
          tokens.lead,
        );
        collection.errors.push(...describeErrors(`generateFunderReport ${funder} ${year}`, capped.errors));
      }
    }
  }
  const listed = await post(session, REPORTS_QUERY, {}, tokens.funder);
  const reports = (listed.data?.reports ?? []) as { id: string; jsonUrl: string; funder: { key: string } }[];
  for (const report of reports) {
    session.requests++;
    const { status, body } = await getJson(client, report.jsonUrl, tokens.funder);
    if (status !== 200) {
      collection.errors.push(`GET ${report.jsonUrl} as the funder: ${status} ${String(body)}`);
      continue;
    }
    const content = (body as { content: ReportContentShape }).content;
    const { from, to } = content.period;
    const asOf = content.asOf ?? to;
    // The report's scope: a calendar year of the query space when its dates are those, else its own.
    const matching = periods.find((p) => p.from === from && p.to === asOf);
    const period: Period = matching ?? {
      label: `${from}..${asOf}`,
      funderScope: { from, to },
      from,
      to: asOf,
    };
    const scope = await addTruth(null, period);
    collection.reports.push({ id: report.id, from, to, asOf, scopeKey: scope.key });
    for (const [cohort, answers] of reportAnswers(content)) {
      collection.observations.push({
        scopeKey: cohort === null ? scope.key : (await addTruth(cohort, period)).key,
        source: `report ${report.id} (${from}..${to})`,
        answers,
      });
    }
  }

  // Requests outside the query space: each must be refused with BAD_USER_INPUT.
  const lineState = await stateInLines(db, funder);
  for (const request of outOfSpaceRequests(collection, lineState)) {
    // Without funding lines every state lies outside them: that is FORBIDDEN, not a query-space matter.
    if (lineState === null && request.name.includes('states filter')) continue;
    const body = await post(session, request.query, request.variables, tokens.funder);
    collection.refusals.push({
      ...request,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'no code'),
    });
  }
  collection.requests = session.requests;
  collection.timings = {
    funder: Math.round(session.milliseconds),
    admin: Math.round(sessions.admin.milliseconds),
    reports: Math.round(sessions.reports.milliseconds),
  };
  return collection;
}

/** A state the funder's lines cover (its line's state, or any state for an open line); null without lines. */
async function stateInLines(db: Kysely<DB>, funder: string): Promise<string | null> {
  const row = await db
    .selectFrom('fundings')
    .innerJoin('funders', 'funders.id', 'fundings.funder_id')
    .select('fundings.state_code')
    .where('funders.key', '=', funder)
    .orderBy('fundings.state_code')
    .executeTakeFirst();
  return row === undefined ? null : (row.state_code ?? 'DE-BW');
}

export interface AttackUser {
  /** The e-mail's local part, and the key of the returned token. */
  name: string;
  role: 'admin' | 'project_lead' | 'funder';
  funderKey: string | null;
}

/**
 * Creates the users as `pnpm mintq user add` does (UsersRepository) and signs each in through the
 * `login` mutation: name → bearer token.
 */
export async function signIn(
  client: AttackClient,
  db: Kysely<DB>,
  users: AttackUser[],
  password: string,
): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  const repository = new UsersRepository(db);
  const passwordHash = await hashPassword(password);
  for (const user of users) {
    const email = `${user.name}@attacker.example`;
    await repository.upsertUser({ email, passwordHash, role: user.role, funderKey: user.funderKey });
    const { body } = await client.graphql(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { variables: { email, password } },
    );
    const token = (body.data?.login as { token?: string } | undefined)?.token;
    if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(body.errors)}`);
    tokens.set(user.name, token);
  }
  return tokens;
}
