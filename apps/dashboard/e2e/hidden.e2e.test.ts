import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CohortFunnelQuery,
  EventFeedbackQuery,
  GoalAttainmentQuery,
  ItemDistributionsQuery,
  OverviewQuery,
  ReachQuery,
  SurveyOutcomesQuery,
} from '../src/gql/graphql.js';
import { de, type MessageKey } from '../src/i18n/de.js';
import {
  frameTable,
  readKpi,
  readShown,
  readTable,
  type ShownTable,
  seriousAxeViolations,
  tokenOf,
  waitForPage,
} from './support/dashboardBrowser.js';
import { fetchCohortLabels, queryGraphql } from './support/graphqlClient.js';
import {
  curveProblems,
  type HiddenMark,
  hiddenMarkCount,
  hiddenMarkProblems,
} from './support/hiddenMarks.js';
import { setUpMintqRun, setUpSignedIn } from './support/mintqRun.js';
import { PageAnswers } from './support/pageAnswers.js';

// What the GraphQL answer hides must show as hidden on every funder page: • in cards and
// tables, and in charts a hatch with • over the value's slot, never a bar or point at 0, never
// a gap in a line, never a missing answer. Checked against the answers the page itself received
// (whatever the API computes them from), for both demo funders.
const FUNDERS = ['telekom@mintq.example', 'aqtivator@mintq.example'] as const;

const run = setUpMintqRun();

const t = (key: MessageKey) => de[key];
const DOT = { text: '•', suppressed: true };

/** Opens a page and waits until it is drawn, fonts and all. */
async function open(page: Page, answers: PageAnswers, path: string, title: string): Promise<void> {
  answers.clear();
  await page.goto(`${run.server.baseUrl}${path}`);
  await waitForPage(page, title);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.mq-state--loading').length === 0);
}

/** KPI cards (by test id) that must show •. */
async function kpiProblems(page: Page, testIds: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const testId of testIds) {
    const shown = await readKpi(page, testId);
    if (shown?.text !== '•' || !shown.suppressed) problems.push(`${testId}: shows "${shown?.text}", not •`);
  }
  return problems;
}

/** Rows of a shown table whose heading is in `hidden`: every cell of `columns` must be •. */
function tableProblems(
  name: string,
  table: ShownTable,
  heading: string,
  hidden: readonly string[],
  columns: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const key of hidden) {
    const row = table.find((r) => r[heading]?.text === key);
    if (!row) {
      problems.push(`${name}: no row ${key}`);
      continue;
    }
    for (const column of columns)
      if (row[column]?.text !== DOT.text || !row[column]?.suppressed)
        problems.push(`${name} ${key} / ${column}: "${row[column]?.text}", not •`);
  }
  return problems;
}

const monthName = (month: string) =>
  new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T00:00:00Z`),
  );

describe.each(FUNDERS)('signed in as the funder %s', (email) => {
  const funder = setUpSignedIn(run, email, { warmRelease: true, viewport: { width: 1440, height: 900 } });
  let answers: PageAnswers;
  /** Hidden values checked in charts so far: the demo data hide some of every funder's. */
  let checked = 0;
  const check = (page: Page, marks: readonly HiddenMark[]) => {
    checked += marks.length;
    return hiddenMarkProblems(page, marks);
  };

  beforeAll(() => {
    answers = new PageAnswers(funder.session.page);
  });

  /** Opens one of the funder's pages with a fresh error log. */
  const visit = async (path: string, title: string) => {
    funder.session.errors.length = 0;
    await open(funder.session.page, answers, path, title);
    return funder.session.page;
  };

  /** How every page's test ends: nothing drawn wrong, no serious axe violation, no console error. */
  const expectClean = async (problems: readonly string[]) => {
    expect(problems).toEqual([]);
    expect(await seriousAxeViolations(funder.session.page)).toEqual([]);
    expect(funder.session.errors).toEqual([]);
  };

  it('Übersicht: hidden KPIs are •, the curve hatches hidden months and bridges them, never dropping to 0', async () => {
    const page = await visit('/', t('overview.title'));
    const { reach, goalAttainment } = await answers.latest<OverviewQuery>('Overview');
    const change = await answers.latest<SurveyOutcomesQuery>('SurveyOutcomes', { to: 'POST' });
    const problems = await kpiProblems(page, [
      ...(reach.suppressed
        ? ['kpi-multipliers', 'kpi-active-multipliers', 'kpi-initiatives', 'kpi-educators', 'kpi-youth']
        : []),
      ...(goalAttainment.suppressed ? ['kpi-attainment-rate', 'kpi-mean-t-score'] : []),
    ]);
    for (const d of change.surveyOutcomes.dimensions.filter((x) => x.suppressed)) {
      const shown = await readShown(page, `mean-change-${d.dimension}`);
      if (shown?.text !== '•') problems.push(`mean change ${d.dimension}: "${shown?.text}", not •`);
    }
    const months = reach.byMonth.map((m) => ({ month: m.month, shown: !m.suppressed }));
    const hidden = reach.byMonth.filter((m) => m.suppressed).map((m) => m.month);
    problems.push(
      ...(await check(
        page,
        hidden.map((month) => ({
          name: `curve ${month}`,
          mark: `.mq-cumulative g.mq-cumulative__point[data-month="${month}"]`,
          band: `.mq-cumulative rect.mq-suppressed-band[data-month="${month}"]`,
          forbidden: ['circle:not(.mq-mark__focus-ring)'],
        })),
      )),
      ...(await curveProblems(page, months)),
    );
    expect(await hiddenMarkCount(page, '.mq-cumulative', 'g.mq-cumulative__point')).toBe(hidden.length);
    const table = await readTable(await frameTable(page, t('overview.cumulativeTitle')));
    problems.push(
      ...tableProblems('curve table', table, t('reach.month'), hidden.map(monthName), [
        t('reach.cumulative'),
      ]),
    );
    await expectClean(problems);
  });

  it('Reichweite: hidden stages, states and months are hatched with •, never a bar at 0', async () => {
    const page = await visit('/reichweite', t('reach.title'));
    const { reach } = await answers.latest<ReachQuery>('Reach');
    const marks: HiddenMark[] = [
      ...(reach.suppressed
        ? [1, 2, 3, 4, 5].map((i) => ({
            name: `cascade stage ${i}`,
            mark: `.mq-cascade g.mq-cascade__stage:nth-of-type(${i})`,
            forbidden: ['rect.mq-cascade__bar', '.mq-chart__value'],
          }))
        : []),
      ...reach.byState
        .filter((s) => s.suppressed)
        .map((s) => ({ name: `tile ${s.state}`, mark: `.mq-tile-map g.mq-tile[data-state="${s.state}"]` })),
      ...reach.byMonth
        .filter((m) => m.suppressed)
        .map((m) => ({
          name: `month bars ${m.month}`,
          mark: `.mq-month-bars g.mq-month-bars__month[data-month="${m.month}"]`,
          forbidden: ['rect.mq-month-bars__bar'],
        })),
    ];
    const problems = [
      ...(reach.suppressed ? await kpiProblems(page, ['kpi-activities', 'kpi-multiplier-factor']) : []),
      ...(await check(page, marks)),
    ];
    // No month of the answer is left out of the chart (a gap), and only hidden ones are hatched.
    const drawn = await page.locator('.mq-month-bars g.mq-month-bars__month').count();
    if (drawn !== reach.byMonth.length)
      problems.push(`month bars: ${drawn} months for ${reach.byMonth.length}`);
    expect(await hiddenMarkCount(page, '.mq-month-bars', 'g.mq-month-bars__month')).toBe(
      reach.byMonth.filter((m) => m.suppressed).length,
    );
    expect(await hiddenMarkCount(page, '.mq-tile-map', 'g.mq-tile')).toBe(
      reach.byState.filter((s) => s.suppressed).length,
    );
    const states = await readTable(await frameTable(page, t('reach.mapTitle')));
    problems.push(
      ...tableProblems(
        'state table',
        states,
        t('reach.state'),
        reach.byState.filter((s) => s.suppressed).map((s) => de[s.state as MessageKey]),
        [
          t('reach.networksReached'),
          t('reach.coverage'),
          t('reach.initiativesReached'),
          t('reach.stateMultipliers'),
        ],
      ),
    );
    const months = await readTable(await frameTable(page, t('reach.monthTitle')));
    problems.push(
      ...tableProblems(
        'month table',
        months,
        t('reach.month'),
        reach.byMonth.filter((m) => m.suppressed).map((m) => monthName(m.month)),
        [t('reach.activities'), t('reach.monthInitiatives'), t('reach.cumulative')],
      ),
    );
    await expectClean(problems);
  });

  it('Wirkungsziele: hidden GAS levels and steps are hatched with •, never a bar at 0', async () => {
    const page = await visit('/wirkungsziele', t('goals.title'));
    const { goalAttainment: goals } = await answers.latest<GoalAttainmentQuery>('GoalAttainment');
    const problems = [
      ...(goals.suppressed
        ? await kpiProblems(page, [
            'kpi-goals',
            'kpi-goals-attained',
            'kpi-goals-not-attained',
            'kpi-goals-no-data',
            'kpi-goals-overdue',
            'kpi-attainment-rate',
            'kpi-mean-t-score',
          ])
        : []),
      ...(await check(page, [
        ...goals.levels
          .filter((l) => l.suppressed)
          .map((l) => ({
            name: `GAS level ${l.level}`,
            mark: `.mq-diverging g.mq-diverging__level[data-level="${l.level}"]`,
            forbidden: ['rect.mq-diverging__bar', '.mq-chart__value'],
          })),
        ...goals.byStaircaseLevel
          .filter((s) => s.suppressed)
          .map((s) => ({
            name: `Wirkungstreppe step ${s.level}`,
            mark: `.mq-staircase g.mq-staircase__step[data-level="${s.level}"]`,
            forbidden: ['rect.mq-staircase__attained'],
          })),
      ])),
    ];
    const levels = await readTable(await frameTable(page, t('goals.levelsTitle')));
    problems.push(
      ...tableProblems(
        'GAS table',
        levels,
        t('goals.level'),
        goals.levels.filter((l) => l.suppressed).map((l) => de[`goals.level.${l.level}` as MessageKey]),
        [t('goals.goals')],
      ),
    );
    const steps = await readTable(await frameTable(page, t('goals.staircaseTitle')));
    problems.push(
      ...tableProblems(
        'Wirkungstreppe table',
        steps,
        t('goals.level'),
        goals.byStaircaseLevel
          .filter((s) => s.suppressed)
          .map((s) => `${s.level} ${de[`goals.stair.${s.level}` as MessageKey]}`),
        [t('goals.goals'), t('goals.attained')],
      ),
    );
    await expectClean(problems);
  });

  it('Befragungen: hidden dimensions, answers and rates are hatched or •, no answer value goes missing', async () => {
    const page = await visit('/befragungen', t('surveys.title'));
    const post = await answers.latest<SurveyOutcomesQuery>('SurveyOutcomes', { to: 'POST' });
    const followUp = await answers.latest<SurveyOutcomesQuery>('SurveyOutcomes', { to: 'FOLLOW_UP' });
    const { surveyItemDistributions: items } = await answers.latest<ItemDistributionsQuery>(
      'ItemDistributions',
      {
        wave: 'PRE',
      },
    );
    const { eventFeedback } = await answers.latest<EventFeedbackQuery>('EventFeedback');
    // The forest's rows: per dimension pre→post, then pre→follow-up (OutcomeRows.ts).
    const dimensions = [
      ...new Set(
        [...post.surveyOutcomes.dimensions, ...followUp.surveyOutcomes.dimensions].map((d) => d.dimension),
      ),
    ];
    const rows = dimensions.flatMap((dimension) =>
      [post, followUp].flatMap((c) => c.surveyOutcomes.dimensions.filter((d) => d.dimension === dimension)),
    );
    const marks: HiddenMark[] = rows.flatMap((row, i) =>
      row.suppressed
        ? [
            {
              name: `forest ${row.dimension} (row ${i + 1})`,
              mark: `.mq-forest g.mq-forest__row:nth-of-type(${i + 1})`,
              forbidden: ['.mq-forest__mean', '.mq-forest__difference'],
            },
          ]
        : [],
    );
    const problems: string[] = [];
    for (const item of items) {
      const row = `.mq-likert g.mq-likert__item[aria-label^="${item.item} "]`;
      const whole = item.suppressed || item.n === null;
      const hidden = whole
        ? item.counts.map((c) => c.value)
        : item.counts.filter((c) => c.count === null).map((c) => c.value);
      if (hidden.length > 0)
        marks.push({
          name: `answers of ${item.item} (${hidden.join(', ')})`,
          mark: `${row} .mq-likert__segment--hidden[data-category="${hidden.join(' ')}"]`,
        });
      // Every answer value given by someone stays in the bar: shown as its share, or hatched.
      if (!whole)
        for (const c of item.counts.filter((x) => x.count !== null && x.count > 0))
          if ((await page.locator(`${row} [data-category="${c.value}"]`).count()) !== 1)
            problems.push(`answers of ${item.item}: value ${c.value} is missing from the bar`);
    }
    problems.push(...(await check(page, marks)));
    expect(await hiddenMarkCount(page, '.mq-forest', 'g.mq-forest__row')).toBe(
      rows.filter((r) => r.suppressed).length,
    );
    if (eventFeedback.suppressed)
      problems.push(...(await kpiProblems(page, ['kpi-event-responses', 'kpi-nps'])));
    const rates = await readTable(page.getByRole('table', { name: t('surveys.ratesCaption') }));
    const hiddenRates = post.surveyOutcomes.responseRates.filter((r) => r.suppressed);
    const label = await fetchCohortLabels(run.server.baseUrl, await tokenOf(page));
    for (const rate of hiddenRates) {
      const row = rates.find(
        (r) =>
          r[t('surveys.cohort')]?.text === label(rate.cohort) &&
          r[t('surveys.wave')]?.text === t(`wave.${rate.wave}`),
      );
      for (const column of [t('surveys.responded'), t('surveys.eligible'), t('surveys.rate')])
        if (row?.[column]?.text !== '•')
          problems.push(`rates ${rate.cohort} ${rate.wave} / ${column}: not •`);
    }
    const itemTable = await readTable(await frameTable(page, t('surveys.itemsTitle')));
    for (const item of items)
      for (const c of item.counts.filter((x) => item.suppressed || x.count === null)) {
        const row = itemTable.find((r) => r[t('surveys.item')]?.text.startsWith(`${item.item} `));
        const cell = row?.[de['surveys.answer'].replace('{value}', String(c.value))];
        if (cell?.text !== '•') problems.push(`item table ${item.item} / ${c.value}: "${cell?.text}", not •`);
      }
    await expectClean(problems);
  });

  it('Kohorten: a hidden cohort is hatched with • at every step, never a bar at 0', async () => {
    const page = await visit('/kohorten', t('cohorts.title'));
    const { cohortFunnel } = await answers.latest<CohortFunnelQuery>('CohortFunnel');
    const hidden = cohortFunnel.filter((c) => c.suppressed);
    const label = await fetchCohortLabels(run.server.baseUrl, await tokenOf(page));
    const steps = ['enrolled', 'completed', 'selfAssessmentPre', 'goalsSet', 'goalAttained'];
    const problems = await check(
      page,
      hidden.flatMap((c) =>
        steps.map((step) => ({
          name: `funnel ${c.cohort} / ${step}`,
          mark: `.mq-funnel g.mq-funnel__step[data-step="${step}"] g.mq-funnel__bar[data-cohort="${label(c.cohort)}"]`,
          forbidden: ['.mq-funnel__fill', '.mq-chart__value'],
        })),
      ),
    );
    expect(await hiddenMarkCount(page, '.mq-funnel', 'g.mq-funnel__bar')).toBe(hidden.length * steps.length);
    const table = await readTable(await frameTable(page, t('cohorts.funnelTitle')));
    problems.push(
      ...tableProblems(
        'funnel table',
        table,
        t('cohorts.cohort'),
        hidden.map((c) => label(c.cohort)),
        [
          t('cohorts.enrolled'),
          t('cohorts.withdrawn'),
          t('cohorts.completed'),
          t('cohorts.selfAssessment'),
          t('cohorts.goalsSet'),
          t('cohorts.goalAttained'),
        ],
      ),
    );
    await expectClean(problems);
  });

  it('has hidden values in its charts at all (else the checks above prove nothing)', () => {
    expect(checked).toBeGreaterThan(0);
  });

  it("sends only its query space, even from an admin's link, and says so", async () => {
    const { page, errors } = funder.session;
    errors.length = 0;
    const { cohortFunnel } = await queryGraphql<CohortFunnelQuery>(
      run.server.baseUrl,
      await tokenOf(page),
      '{ cohortFunnel { cohort } }',
    );
    const [first, second] = cohortFunnel.map((c) => c.cohort);
    await open(
      page,
      answers,
      `/reichweite?state=DE-BY&cohort=${first}&cohort=${second}&from=2025-03-01&to=2025-06-30`,
      t('reach.title'),
    );
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2025-01-01&to=2025-12-31');
    expect(await page.getByRole('status').textContent()).toContain('nächstliegende');
    const allowed = (scope: unknown) => {
      const s = scope as { cohorts?: string[]; states?: string[]; from?: string; to?: string };
      const period =
        (s.from === undefined && s.to === undefined) ||
        (/^\d{4}-01-01$/.test(s.from ?? '') && s.to === `${s.from?.slice(0, 4)}-12-31`);
      return !s.states && (s.cohorts ?? []).length <= 1 && period;
    };
    expect((await answers.scopes()).filter((scope) => !allowed(scope))).toEqual([]);
    await answers.latest<ReachQuery>('Reach', { scope: { from: '2025-01-01', to: '2025-12-31' } });
    expect(await page.getByTestId('filter-as-of').textContent()).toBe('Stand: 31.12.2025');
    expect(errors).toEqual([]);
  });
});
