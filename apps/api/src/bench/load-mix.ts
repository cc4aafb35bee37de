// What a dashboard user sends, for `pnpm bench:load`: the GraphQL operations of the pages in
// apps/dashboard/src/modules/*/graphql (the same selections), grouped by page, with the filters
// a user changes between visits. Apollo answers a repeated query from its cache, so a page visit
// reaches the server with new filters; a reload sends the shell's queries again.

/** One GraphQL request as the dashboard sends it. */
export interface Operation {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export type Role = 'ADMIN' | 'PROJECT_LEAD' | 'ANALYST' | 'FUNDER';

/** What a signed-in client knows after the shell's queries, as the dashboard does. */
export interface ClientView {
  role: Role;
  /** Cohorts the filter offers (a funder: its funded ones), with their dates. */
  cohorts: { key: string; startsOn: string; endsOn: string }[];
  selfAssessments: string[];
  eventFeedback: string[];
}

const SCOPE_FIELDS = `multipliers activeMultipliers activities initiativesReached educatorsReached
  youthReachedEstimate multiplierFactor suppressed`;

export const QUERIES = {
  Login: `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) {
    token viewer { email role funder { key name } } } }`,
  Viewer: 'query Viewer { viewer { email role funder { key name } suppressionK } }',
  Cohorts: 'query Cohorts { cohorts { key label startsOn endsOn } }',
  FundedCohorts: 'query FundedCohorts { cohortFunnel { cohort } }',
  Overview: `query Overview($scope: ScopeInput) {
    reach(scope: $scope) { ${SCOPE_FIELDS} byMonth { month cumulativeInitiativesReached suppressed } }
    goalAttainment(scope: $scope) { goals attainmentRate meanTScore tScoreParticipants suppressed } }`,
  Reach: `query Reach($scope: ScopeInput) { reach(scope: $scope) { ${SCOPE_FIELDS}
    byState { state networks networksReached initiativesReached multipliers suppressed }
    byMonth { month activities initiativesReached cumulativeInitiativesReached suppressed } } }`,
  GoalAttainment: `query GoalAttainment($scope: ScopeInput) { goalAttainment(scope: $scope) {
    goals attained notAttained noData overdue attainmentRate meanTScore tScoreParticipants suppressed
    levels { level goals suppressed } byStaircaseLevel { level goals attained suppressed } } }`,
  OverdueGoals: `query OverdueGoals($scope: ScopeInput) { overdueGoals(scope: $scope) {
    goal participant cohort dueOn level lastCheckinOn } }`,
  Instruments: `query Instruments { instruments { key kind name
    items { code dimension role scaleMin scaleMax textDe textEn } } }`,
  SurveyOutcomes: `query SurveyOutcomes($instrument: String!, $from: WaveKind!, $to: WaveKind!, $scope: ScopeInput) {
    surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) { instrument from to
      dimensions { dimension n meanFrom meanTo meanDiff sdDiff t df p dz gz ciLow ciHigh alphaFrom alphaTo suppressed }
      responseRates { cohort wave responded eligible rate suppressed } } }`,
  ItemDistributions: `query ItemDistributions($instrument: String!, $wave: WaveKind!, $language: String!, $scope: ScopeInput) {
    surveyItemDistributions(instrument: $instrument, wave: $wave, language: $language, scope: $scope) {
      item dimension text n reversed scaleMin scaleMax suppressed counts { value count } } }`,
  EventFeedback: `query EventFeedback($instrument: String!, $scope: ScopeInput) {
    eventFeedback(instrument: $instrument, scope: $scope) { instrument responses nps suppressed } }`,
  CohortFunnel: `query CohortFunnel($scope: ScopeInput) { cohortFunnel(scope: $scope) {
    cohort enrolled withdrawn completed selfAssessmentPre goalsSet goalAttained suppressed } }`,
  ImportBatches: `query ImportBatches($first: Int, $after: String) { importBatches(first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id outcome actor source startedAt finishedAt errorCount files { name } } } }`,
  Reports: `query Reports($funder: String) { reports(funder: $funder) { id funder { key name } from to
    language createdAt contentHash pdfUrl xlsxUrl jsonUrl } }`,
  ReportFunders: 'query ReportFunders { funders { key name kind } }',
} as const;

export type OperationName = keyof typeof QUERIES;

export function operation(name: OperationName, variables: Record<string, unknown> = {}): Operation {
  return { operationName: name, query: QUERIES[name], variables };
}

/** The queries of the shell on a (re)load: who is signed in, and the cohorts of the filter. */
export function shellOperations(role: Role): Operation[] {
  const shell = [operation('Viewer'), operation('Cohorts')];
  return role === 'FUNDER' ? [...shell, operation('FundedCohorts')] : shell;
}

type Page = 'overview' | 'reach' | 'goals' | 'surveys' | 'cohorts' | 'imports' | 'reports';

// How often each page is opened: the overview most, the import page only by those who import.
const PAGE_WEIGHTS: Record<Page, number> = {
  overview: 30,
  reach: 20,
  goals: 15,
  surveys: 15,
  cohorts: 10,
  reports: 5,
  imports: 5,
};

const STATES = ['DE-BW', 'DE-BY', 'DE-BE', 'DE-HH', 'DE-NW', 'DE-SN'];

/** A random number source in [0, 1): `Math.random`, or a seeded one for a repeatable run. */
export type Random = () => number;

const pick = <T>(random: Random, values: readonly T[]): T | undefined =>
  values[Math.floor(random() * values.length)];

// Who sees which page (apps/dashboard/src/modules/shell/navItems.ts); absent: everyone.
const PAGE_ROLES: Partial<Record<Page, readonly Role[]>> = {
  imports: ['ADMIN', 'PROJECT_LEAD'],
  reports: ['ADMIN', 'PROJECT_LEAD', 'FUNDER'],
};

function pages(role: Role): Page[] {
  const all = Object.keys(PAGE_WEIGHTS) as Page[];
  return all.filter((page) => PAGE_ROLES[page]?.includes(role) ?? true);
}

function choosePage(random: Random, role: Role): Page {
  const open = pages(role);
  const total = open.reduce((sum, page) => sum + PAGE_WEIGHTS[page], 0);
  let left = random() * total;
  for (const page of open) {
    left -= PAGE_WEIGHTS[page];
    if (left < 0) return page;
  }
  return 'overview';
}

/** Calendar years the cohorts touch, up to the last completed month's year (a funder's cap). */
export function yearsOf(cohorts: ClientView['cohorts'], now: Date): number[] {
  const capYear = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).getUTCFullYear();
  const starts = cohorts.map((c) => Number(c.startsOn.slice(0, 4)));
  const ends = cohorts.map((c) => Math.min(capYear, Number(c.endsOn.slice(0, 4))));
  const years: number[] = [];
  for (let y = Math.min(...starts); y <= Math.max(...ends); y++) years.push(y);
  return years;
}

/**
 * The filters of a visit. Funders choose only within their query space (docs/privacy.md): all
 * funded cohorts or one, since the start or one calendar year, no states. Everyone else also
 * filters by state.
 */
function chooseScope(random: Random, view: ClientView, years: readonly number[]): Record<string, unknown> {
  const draw = random();
  const year = pick(random, years);
  const cohort = pick(random, view.cohorts)?.key;
  if (draw < 0.45 || (draw < 0.7 && !cohort) || (draw >= 0.7 && !year)) return {};
  if (draw < 0.7) return { cohorts: [cohort] };
  if (view.role !== 'FUNDER' && draw >= 0.9) return { states: [pick(random, STATES)] };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The requests of one page visit, in the order the page sends them. */
export function pageVisit(random: Random, view: ClientView, years: readonly number[]): Operation[] {
  const scope = chooseScope(random, view, years);
  const funder = view.role === 'FUNDER';
  switch (choosePage(random, view.role)) {
    case 'overview':
      return [operation('Overview', { scope })];
    case 'reach':
      return [operation('Reach', { scope })];
    case 'goals': {
      // The API lists overdue goals for analysts only without a state filter (the page would show
      // its error), and never for funders.
      const overdue = !funder && !(view.role === 'ANALYST' && 'states' in scope);
      return [
        operation('GoalAttainment', { scope }),
        ...(overdue ? [operation('OverdueGoals', { scope })] : []),
      ];
    }
    case 'cohorts':
      return [operation('CohortFunnel', { scope })];
    case 'imports':
      return [operation('ImportBatches', { first: 20 })];
    case 'reports':
      return [operation('Reports', { funder: null }), ...(funder ? [] : [operation('ReportFunders')])];
    case 'surveys': {
      const instrument = pick(random, view.selfAssessments);
      const surveys = instrument
        ? [
            operation('SurveyOutcomes', { instrument, from: 'PRE', to: 'POST', scope }),
            operation('SurveyOutcomes', { instrument, from: 'PRE', to: 'FOLLOW_UP', scope }),
            operation('ItemDistributions', { instrument, wave: 'PRE', language: 'de', scope }),
          ]
        : [];
      const events = view.eventFeedback.map((key) => operation('EventFeedback', { instrument: key, scope }));
      return [operation('Instruments'), ...surveys, ...events];
    }
  }
}
