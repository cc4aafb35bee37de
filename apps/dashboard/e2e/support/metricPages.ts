import type { Page } from 'playwright-core';
import { de, type MessageKey } from '../../src/i18n/de.js';
import { frameTable, readKpi, readShown, readTable, type ShownTable } from './dashboardBrowser.js';
import { fetchCohortLabels, queryGraphql } from './graphqlClient.js';
import { type ApiValue, mismatch } from './shownNumbers.js';

/** The GraphQL `ScopeInput` the test sends (the same the page derives from its URL). */
export interface Scope {
  cohorts?: string[];
  states?: string[];
  funder?: string;
  from?: string;
  to?: string;
}

type N = number | null;

interface ReachData {
  multipliers: N;
  activeMultipliers: N;
  activities: N;
  initiativesReached: N;
  educatorsReached: N;
  youthReachedEstimate: N;
  multiplierFactor: N;
  suppressed: boolean;
  byState: {
    state: string;
    networks: number;
    networksReached: N;
    initiativesReached: N;
    multipliers: N;
    suppressed: boolean;
  }[];
}

interface GoalsData {
  goals: N;
  attained: N;
  notAttained: N;
  noData: N;
  overdue: N;
  attainmentRate: N;
  meanTScore: N;
  suppressed: boolean;
  levels: { level: number; goals: N; suppressed: boolean }[];
}

interface DimensionData {
  dimension: string;
  n: N;
  meanFrom: N;
  meanTo: N;
  meanDiff: N;
  dz: N;
  gz: N;
  p: N;
  alphaFrom: N;
  alphaTo: N;
  suppressed: boolean;
}

interface FunnelData {
  cohort: string;
  enrolled: N;
  withdrawn: N;
  completed: N;
  selfAssessmentPre: N;
  goalsSet: N;
  goalAttained: N;
  suppressed: boolean;
}

const REACH_FIELDS = `multipliers activeMultipliers activities initiativesReached educatorsReached
  youthReachedEstimate multiplierFactor suppressed
  byState { state networks networksReached initiativesReached multipliers suppressed }`;
const GOALS_FIELDS = `goals attained notAttained noData overdue attainmentRate meanTScore suppressed
  levels { level goals suppressed }`;
const DIMENSION_FIELDS = 'dimension n meanFrom meanTo meanDiff dz gz p alphaFrom alphaTo suppressed';

/** Reach of a scope, straight from the API. */
export async function fetchReach(baseUrl: string, token: string, scope: Scope): Promise<ReachData> {
  const data = await queryGraphql<{ reach: ReachData }>(
    baseUrl,
    token,
    `query E2eReach($scope: ScopeInput) { reach(scope: $scope) { ${REACH_FIELDS} } }`,
    { scope },
  );
  return data.reach;
}

/** Goal attainment of a scope, straight from the API. */
export async function fetchGoals(baseUrl: string, token: string, scope: Scope): Promise<GoalsData> {
  const data = await queryGraphql<{ goalAttainment: GoalsData }>(
    baseUrl,
    token,
    `query E2eGoals($scope: ScopeInput) { goalAttainment(scope: $scope) { ${GOALS_FIELDS} } }`,
    { scope },
  );
  return data.goalAttainment;
}

/** The cohort funnel of a scope, straight from the API. */
export async function fetchFunnel(baseUrl: string, token: string, scope: Scope): Promise<FunnelData[]> {
  const data = await queryGraphql<{ cohortFunnel: FunnelData[] }>(
    baseUrl,
    token,
    `query E2eFunnel($scope: ScopeInput) { cohortFunnel(scope: $scope) {
      cohort enrolled withdrawn completed selfAssessmentPre goalsSet goalAttained suppressed } }`,
    { scope },
  );
  return data.cohortFunnel;
}

/** The first self-assessment, which the overview and the surveys page show by default. */
async function firstSelfAssessment(baseUrl: string, token: string): Promise<string> {
  const data = await queryGraphql<{ instruments: { key: string; kind: string }[] }>(
    baseUrl,
    token,
    'query E2eInstruments { instruments { key kind } }',
  );
  const instrument = data.instruments.find((i) => i.kind === 'self_assessment');
  if (!instrument) throw new Error('the demo data hold no self-assessment');
  return instrument.key;
}

/** Paired outcomes per dimension from PRE to `to`, straight from the API. */
async function fetchOutcomes(
  baseUrl: string,
  token: string,
  scope: Scope,
  to: 'POST' | 'FOLLOW_UP',
): Promise<DimensionData[]> {
  const instrument = await firstSelfAssessment(baseUrl, token);
  const data = await queryGraphql<{ surveyOutcomes: { dimensions: DimensionData[] } }>(
    baseUrl,
    token,
    `query E2eOutcomes($instrument: String!, $to: WaveKind!, $scope: ScopeInput) {
      surveyOutcomes(instrument: $instrument, from: PRE, to: $to, scope: $scope) { dimensions { ${DIMENSION_FIELDS} } } }`,
    { instrument, to, scope },
  );
  return data.surveyOutcomes.dimensions;
}

const t = (key: MessageKey) => de[key];
const value = (v: N | undefined, suppressed: boolean): ApiValue => ({ value: v ?? null, suppressed });

/** Compares a shown table with the API's rows: same row set (by row heading), every listed column. */
function tableMismatches<R>(
  name: string,
  shown: ShownTable,
  rows: readonly R[],
  rowHeading: { header: string; text: (row: R) => string },
  columns: Record<string, (row: R) => ApiValue>,
): string[] {
  const problems: string[] = [];
  if (shown.length !== rows.length)
    problems.push(`${name}: ${shown.length} rows on screen, API has ${rows.length}`);
  for (const row of rows) {
    const key = rowHeading.text(row);
    const match = shown.find((r) => r[rowHeading.header]?.text === key);
    if (!match) {
      problems.push(`${name}: no row "${key}" on screen`);
      continue;
    }
    for (const [header, api] of Object.entries(columns)) {
      const problem = mismatch(`${name} ${key} / ${header}`, match[header], api(row));
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** A page whose numbers the tests compare with the API's for the same scope. */
export interface MetricPage {
  path: string;
  /** Its `h1`. */
  title: string;
  /** Every difference between screen and API for `scope` (empty: they agree). */
  mismatches(page: Page, baseUrl: string, token: string, scope: Scope): Promise<string[]>;
}

/** The KPI cards of a page against API values, by `data-testid`. */
async function kpiMismatches(page: Page, kpis: Record<string, ApiValue>): Promise<string[]> {
  const problems: string[] = [];
  for (const [testId, api] of Object.entries(kpis)) {
    const problem = mismatch(testId, await readKpi(page, testId), api);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Übersicht: the reach and goal KPIs and the mean change per dimension. */
export const OVERVIEW: MetricPage = {
  path: '/',
  title: t('overview.title'),
  async mismatches(page, baseUrl, token, scope) {
    const [reach, goals, outcomes] = await Promise.all([
      fetchReach(baseUrl, token, scope),
      fetchGoals(baseUrl, token, scope),
      fetchOutcomes(baseUrl, token, scope, 'POST'),
    ]);
    const problems = await kpiMismatches(page, {
      'kpi-multipliers': value(reach.multipliers, reach.suppressed),
      'kpi-active-multipliers': value(reach.activeMultipliers, reach.suppressed),
      'kpi-initiatives': value(reach.initiativesReached, reach.suppressed),
      'kpi-educators': value(reach.educatorsReached, reach.suppressed),
      'kpi-youth': value(reach.youthReachedEstimate, reach.suppressed),
      'kpi-attainment-rate': value(goals.attainmentRate, goals.suppressed),
      'kpi-mean-t-score': value(goals.meanTScore, goals.suppressed),
    });
    for (const d of outcomes) {
      const testId = `mean-change-${d.dimension}`;
      const problem = mismatch(testId, await readShown(page, testId), value(d.meanDiff, d.suppressed));
      if (problem) problems.push(problem);
    }
    return problems;
  },
};

/** Reichweite: activities, multiplier factor and the state table behind the tile map. */
export const REACH: MetricPage = {
  path: '/reichweite',
  title: t('reach.title'),
  async mismatches(page, baseUrl, token, scope) {
    const reach = await fetchReach(baseUrl, token, scope);
    const problems = await kpiMismatches(page, {
      'kpi-activities': value(reach.activities, reach.suppressed),
      'kpi-multiplier-factor': value(reach.multiplierFactor, reach.suppressed),
    });
    const shown = await readTable(await frameTable(page, t('reach.mapTitle')));
    return problems.concat(
      tableMismatches(
        'state table',
        shown,
        reach.byState,
        { header: t('reach.state'), text: (r) => de[r.state as MessageKey] ?? r.state },
        {
          // Structural, never suppressed (DOMAIN.md).
          [t('reach.networks')]: (r) => value(r.networks, false),
          [t('reach.networksReached')]: (r) => value(r.networksReached, r.suppressed),
          [t('reach.coverage')]: (r) =>
            value(
              r.networksReached === null || r.networks === 0 ? null : r.networksReached / r.networks,
              r.suppressed,
            ),
          [t('reach.initiativesReached')]: (r) => value(r.initiativesReached, r.suppressed),
          [t('reach.stateMultipliers')]: (r) => value(r.multipliers, r.suppressed),
        },
      ),
    );
  },
};

/** Wirkungsziele: the goal counts and the GAS distribution −2 … +2. */
export const GOALS: MetricPage = {
  path: '/wirkungsziele',
  title: t('goals.title'),
  async mismatches(page, baseUrl, token, scope) {
    const goals = await fetchGoals(baseUrl, token, scope);
    const problems = await kpiMismatches(page, {
      'kpi-goals': value(goals.goals, goals.suppressed),
      'kpi-goals-attained': value(goals.attained, goals.suppressed),
      'kpi-goals-not-attained': value(goals.notAttained, goals.suppressed),
      'kpi-goals-no-data': value(goals.noData, goals.suppressed),
      'kpi-goals-overdue': value(goals.overdue, goals.suppressed),
      'kpi-attainment-rate': value(goals.attainmentRate, goals.suppressed),
      'kpi-mean-t-score': value(goals.meanTScore, goals.suppressed),
    });
    const shown = await readTable(await frameTable(page, t('goals.levelsTitle')));
    return problems.concat(
      tableMismatches(
        'GAS levels',
        shown,
        goals.levels,
        { header: t('goals.level'), text: (l) => de[`goals.level.${l.level}` as MessageKey] },
        { [t('goals.goals')]: (l) => value(l.goals, l.suppressed) },
      ),
    );
  },
};

/** Befragungen: the table of paired comparisons per dimension (pre → post, pre → follow-up). */
export const SURVEYS: MetricPage = {
  path: '/befragungen',
  title: t('surveys.title'),
  async mismatches(page, baseUrl, token, scope) {
    const [post, followUp] = await Promise.all([
      fetchOutcomes(baseUrl, token, scope, 'POST'),
      fetchOutcomes(baseUrl, token, scope, 'FOLLOW_UP'),
    ]);
    const rows = [
      ...post.map((d) => ({ ...d, comparison: t('surveys.prePost') })),
      ...followUp.map((d) => ({ ...d, comparison: t('surveys.preFollowUp') })),
    ];
    const shown = (await readTable(await frameTable(page, t('surveys.forestTitle')))).map((r) => ({
      ...r,
      // The dimension and the comparison together identify a row.
      key: {
        text: `${r[t('surveys.dimension')]?.text} ${r[t('surveys.comparison')]?.text}`,
        suppressed: false,
      },
    }));
    return tableMismatches(
      'outcomes',
      shown,
      rows,
      { header: 'key', text: (r) => `${r.dimension} ${r.comparison}` },
      {
        [t('surveys.n')]: (r) => value(r.n, r.suppressed),
        [t('surveys.meanFrom')]: (r) => value(r.meanFrom, r.suppressed),
        [t('surveys.meanTo')]: (r) => value(r.meanTo, r.suppressed),
        [t('surveys.meanDiff')]: (r) => value(r.meanDiff, r.suppressed),
        [t('surveys.dz')]: (r) => value(r.dz, r.suppressed),
        [t('surveys.gz')]: (r) => value(r.gz, r.suppressed),
        [t('surveys.p')]: (r) => value(r.p, r.suppressed),
        [t('surveys.alphaFrom')]: (r) => value(r.alphaFrom, r.suppressed),
        [t('surveys.alphaTo')]: (r) => value(r.alphaTo, r.suppressed),
      },
    );
  },
};

/** Kohorten: the funnel table, one row per cohort. */
export const COHORTS: MetricPage = {
  path: '/kohorten',
  title: t('cohorts.title'),
  async mismatches(page, baseUrl, token, scope) {
    const funnel = await fetchFunnel(baseUrl, token, scope);
    const label = await fetchCohortLabels(baseUrl, token);
    const shown = await readTable(await frameTable(page, t('cohorts.funnelTitle')));
    return tableMismatches(
      'funnel',
      shown,
      funnel,
      { header: t('cohorts.cohort'), text: (c) => label(c.cohort) },
      {
        [t('cohorts.enrolled')]: (c) => value(c.enrolled, c.suppressed),
        [t('cohorts.withdrawn')]: (c) => value(c.withdrawn, c.suppressed),
        [t('cohorts.completed')]: (c) => value(c.completed, c.suppressed),
        [t('cohorts.selfAssessment')]: (c) => value(c.selfAssessmentPre, c.suppressed),
        [t('cohorts.goalsSet')]: (c) => value(c.goalsSet, c.suppressed),
        [t('cohorts.goalAttained')]: (c) => value(c.goalAttained, c.suppressed),
      },
    );
  },
};

/** The pages with numbers, in navigation order. */
export const METRIC_PAGES: readonly MetricPage[] = [OVERVIEW, REACH, GOALS, SURVEYS, COHORTS];
