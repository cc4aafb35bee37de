import {
  type CohortFunnel,
  FUNNEL_STATIC_STEPS,
  FUNNEL_STEPS,
  GOAL_ATTAINMENT_COUNTS,
  type GoalAttainment,
  REACH_COUNTS,
  type Reach,
} from '@mintq/contract';
import {
  cohortKey,
  eventKey,
  itemsKey,
  periodKey,
  type ReleaseAnswers,
  surveyKey,
} from './release-answers.js';
import { ReleaseCells } from './release-cells.js';
import { RELEASE_COMPARISONS, RELEASE_ITEM_WAVES, type ReleasePeriod } from './release-space.js';

/** What a release covers: the funded cohorts, the periods with their as-of dates, the instruments. */
export interface ReleaseShape {
  cohorts: readonly string[];
  periods: readonly { period: ReleasePeriod; asOf: string }[];
  selfAssessments: readonly string[];
  events: readonly string[];
}

/** The cohort choices of the query space: all funded cohorts (null), then each one. */
export function cohortChoices(shape: ReleaseShape): (string | null)[] {
  return [null, ...shape.cohorts];
}

// Object ids name where a number is shown; cell ids name what it means, so that the same
// number shown in two answers (a cohort's funnel row in the all-cohorts funnel and in its own,
// a response rate in two comparisons) is one cell.

export function reachObject(cohort: string | null, period: ReleasePeriod): string {
  return `reach|${periodKey(cohort, period)}`;
}
export function funnelObject(cohort: string | null, period: ReleasePeriod, row: string): string {
  return `cohortFunnel|${periodKey(cohort, period)}/${row}`;
}
export function goalsObject(cohort: string | null, period: ReleasePeriod): string {
  return `goalAttainment|${periodKey(cohort, period)}`;
}
export function surveyObject(key: string): string {
  return `surveyOutcomes|${key}`;
}
/** Item distributions in both languages are one object: the same numbers with other texts. */
export function itemsObject(instrument: string, wave: string, cohort: string | null): string {
  return `surveyItemDistributions|${instrument}|${wave}|${cohortKey(cohort)}`;
}
export function eventObject(key: string): string {
  return `eventFeedback|${key}`;
}

/**
 * Every number of a release as a cell, every aggregate as an object, and the relations of
 * DOMAIN.md between them (docs/privacy.md lists them): totals and parts, subtotals, bounds
 * between the people behind a number and what they did, the union of cohorts and of periods,
 * cumulative series, and the same quantities across answers.
 */
export function describeRelease(answers: ReleaseAnswers, shape: ReleaseShape): ReleaseCells {
  const cells = new ReleaseCells();
  const cohorts = cohortChoices(shape);
  for (const cohort of cohorts)
    for (const { period } of shape.periods) describeReach(cells, answers, cohort, period);
  for (const { period } of shape.periods) {
    relateUnion(cells, cohorts, (c) => reachObject(c, period), reachUnionSuffixes(answers, period));
  }
  for (const cohort of cohorts) relatePeriods(cells, answers, shape, cohort);

  for (const cohort of cohorts) {
    for (const { period, asOf } of shape.periods) {
      describeFunnel(cells, answers.cohortFunnel[periodKey(cohort, period)] ?? [], cohort, period, asOf);
      describeGoals(cells, must(answers.goalAttainment, periodKey(cohort, period)), cohort, period, asOf);
    }
  }
  describeGoalLinks(cells, answers, shape);
  describeSurveys(cells, answers, shape);
  return cells;
}

function must<T>(record: Record<string, T>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new Error(`release: no answer ${key}`);
  return value;
}

// ---- Reach ---------------------------------------------------------------------------------

function describeReach(
  cells: ReleaseCells,
  answers: ReleaseAnswers,
  cohort: string | null,
  period: ReleasePeriod,
) {
  const reach = must(answers.reach, periodKey(cohort, period));
  const id = reachObject(cohort, period);
  cells.object(id, null, [reach.activeMultipliers ?? 0, reach.multipliers ?? 0], reach);
  const c = (field: keyof Reach, people = false) =>
    cells.cell(`${id}.${field}`, reach[field] as number, people, id);
  const multipliers = c('multipliers', true);
  const active = c('activeMultipliers', true);
  const activities = c('activities');
  const initiatives = c('initiativesReached');
  c('educatorsReached');
  c('youthReachedEstimate');
  cells.atMost(`${id}: active ≤ multipliers`, active, multipliers);
  cells.atMost(`${id}: active ≤ activities`, active, activities);

  const stateInitiatives: string[] = [];
  for (const state of reach.byState) {
    const sid = `${id}/state/${state.state}`;
    cells.object(sid, id, [state.multipliers ?? 0], state);
    const reached = cells.cell(`${sid}.initiativesReached`, state.initiativesReached ?? 0, false, sid);
    const networksReached = cells.cell(`${sid}.networksReached`, state.networksReached ?? 0, false, sid);
    const people = cells.cell(`${sid}.multipliers`, state.multipliers ?? 0, true, sid);
    stateInitiatives.push(reached);
    cells.atMost(`${sid}: networks reached ≤ initiatives reached`, networksReached, reached);
    cells.relate(`${sid}: networks reached ≤ networks`, [[networksReached, -1]], state.networks);
    cells.atMost(`${sid}: multipliers ≤ active`, people, active);
  }
  cells.sum(`${id}: initiatives = Σ states`, initiatives, stateInitiatives);

  const monthActivities: string[] = [];
  const monthPeople: string[] = [];
  let previous: string | null = null;
  for (const month of reach.byMonth) {
    const mid = `${id}/month/${month.month}`;
    cells.object(mid, id, [month.people as number], month);
    const acts = cells.cell(`${mid}.activities`, month.activities ?? 0, false, mid);
    const reached = cells.cell(`${mid}.initiativesReached`, month.initiativesReached ?? 0, false, mid);
    const cumulative = cells.cell(
      `${mid}.cumulativeInitiativesReached`,
      month.cumulativeInitiativesReached ?? 0,
      false,
      mid,
    );
    const people = cells.cell(`${mid}.people`, month.people as number, true, null);
    monthActivities.push(acts);
    monthPeople.push(people);
    cells.atMost(`${mid}: people ≤ activities`, people, acts);
    cells.atMost(`${mid}: people ≤ active`, people, active);
    cells.atMost(`${mid}: month ≤ cumulative`, reached, cumulative);
    if (previous === null) cells.sum(`${mid}: first cumulative = month`, cumulative, [reached]);
    else {
      cells.atMost(`${mid}: cumulative grows`, previous, cumulative);
      cells.relate(`${mid}: cumulative ≤ previous + month`, [
        [previous, 1],
        [reached, 1],
        [cumulative, -1],
      ]);
    }
    previous = cumulative;
  }
  cells.sum(`${id}: activities = Σ months`, activities, monthActivities);
  if (previous !== null) cells.sum(`${id}: initiatives = last cumulative`, initiatives, [previous]);
  cells.relate(`${id}: active ≤ Σ month people`, [[active, -1], ...monthPeople.map((p) => [p, 1] as const)]);
}

/** The reach cells that are unions over cohorts or periods: totals, states and months. */
function reachUnionSuffixes(answers: ReleaseAnswers, period: ReleasePeriod): string[] {
  const reach = must(answers.reach, periodKey(null, period));
  return [
    ...REACH_COUNTS.map((f) => `.${f}`),
    ...reach.byState.flatMap((s) =>
      ['initiativesReached', 'networksReached', 'multipliers'].map((f) => `/state/${s.state}.${f}`),
    ),
    ...reach.byMonth.flatMap((m) =>
      ['activities', 'initiativesReached', 'cumulativeInitiativesReached', 'people'].map(
        (f) => `/month/${m.month}.${f}`,
      ),
    ),
  ];
}

/** All funded cohorts together are the union of the cohorts, cell by cell. */
function relateUnion(
  cells: ReleaseCells,
  cohorts: readonly (string | null)[],
  objectOf: (cohort: string | null) => string,
  suffixes: readonly string[],
) {
  const single = cohorts.filter((c): c is string => c !== null);
  for (const suffix of suffixes) {
    const whole = `${objectOf(null)}${suffix}`;
    const parts = single.map((c) => `${objectOf(c)}${suffix}`).filter((id) => cells.has(id));
    if (cells.has(whole)) cells.union(`union of cohorts ${whole}`, whole, parts);
  }
}

/** Since the start holds every year: each year's numbers are at most its, and additive ones add up. */
function relatePeriods(
  cells: ReleaseCells,
  answers: ReleaseAnswers,
  shape: ReleaseShape,
  cohort: string | null,
) {
  const years = shape.periods.map((p) => p.period).filter((p): p is number => p !== 'all');
  const all = reachObject(cohort, 'all');
  const allReach = must(answers.reach, periodKey(cohort, 'all'));
  for (const field of [
    'activities',
    'initiativesReached',
    'activeMultipliers',
    'educatorsReached',
    'youthReachedEstimate',
  ]) {
    cells.union(
      `periods ${all}.${field}`,
      `${all}.${field}`,
      years.map((y) => `${reachObject(cohort, y)}.${field}`),
    );
  }
  for (const y of years)
    cells.atMost(`periods ${all}.multipliers`, `${reachObject(cohort, y)}.multipliers`, `${all}.multipliers`);
  for (const state of allReach.byState) {
    for (const field of ['initiativesReached', 'networksReached', 'multipliers']) {
      cells.union(
        `periods ${all}/state/${state.state}.${field}`,
        `${all}/state/${state.state}.${field}`,
        years.map((y) => `${reachObject(cohort, y)}/state/${state.state}.${field}`),
      );
    }
  }
  // A month of since-the-start is the same month of its year, unless someone certified after
  // that year's end was active in it (then the year shows less).
  for (const month of allReach.byMonth) {
    const year = Number(month.month.slice(0, 4));
    if (!years.includes(year)) continue;
    for (const field of ['activities', 'initiativesReached', 'people']) {
      const inYear = `${reachObject(cohort, year)}/month/${month.month}.${field}`;
      if (cells.has(inYear))
        cells.atMost(`periods ${month.month}.${field}`, inYear, `${all}/month/${month.month}.${field}`);
    }
  }
}

// ---- Funnel and goals ----------------------------------------------------------------------

/** Funnel cells that do not depend on the as-of date are one cell per cohort. */
function funnelCell(row: string, field: string, asOf: string): string {
  return (FUNNEL_STATIC_STEPS as readonly string[]).includes(field)
    ? `funnel|${row}.${field}`
    : `funnel|${row}|${asOf}.${field}`;
}

function describeFunnel(
  cells: ReleaseCells,
  rows: readonly CohortFunnel[],
  cohort: string | null,
  period: ReleasePeriod,
  asOf: string,
) {
  for (const row of rows) {
    const id = cells.object(funnelObject(cohort, period, row.cohort), null, [row.enrolled ?? 0], row);
    for (const field of FUNNEL_STEPS) {
      cells.cell(funnelCell(row.cohort, field, asOf), row[field] ?? 0, true, id);
    }
    const f = (field: string) => funnelCell(row.cohort, field, asOf);
    cells.atMost(`${f('withdrawn')} ≤ enrolled`, f('withdrawn'), f('enrolled'));
    cells.atMost(`${f('completed')} ≤ enrolled`, f('completed'), f('enrolled'));
    cells.relate(`${row.cohort}: withdrawn + completed ≤ enrolled`, [
      [f('enrolled'), 1],
      [f('withdrawn'), -1],
      [f('completed'), -1],
    ]);
    cells.atMost(`${f('selfAssessmentPre')} ≤ enrolled`, f('selfAssessmentPre'), f('enrolled'));
    cells.atMost(`${f('goalsSet')} ≤ enrolled`, f('goalsSet'), f('enrolled'));
    cells.atMost(`${f('goalAttained')} ≤ goalsSet`, f('goalAttained'), f('goalsSet'));
  }
}

/** Goal cells depend on the as-of date only: periods with the same as-of date show the same cells. */
function goalCell(cohort: string | null, asOf: string, path: string): string {
  return `goals|${cohortKey(cohort)}|${asOf}${path}`;
}

function describeGoals(
  cells: ReleaseCells,
  goals: GoalAttainment,
  cohort: string | null,
  period: ReleasePeriod,
  asOf: string,
) {
  const id = cells.object(goalsObject(cohort, period), null, [goals.people as number], goals);
  const g = (path: string) => goalCell(cohort, asOf, path);
  // One cell per count of the contract's list; T-score participants count people.
  const counts = Object.fromEntries(
    GOAL_ATTAINMENT_COUNTS.map((field) => [
      field,
      cells.cell(g(`.${field}`), goals[field] as number, field === 'tScoreParticipants', id),
    ]),
  ) as Record<(typeof GOAL_ATTAINMENT_COUNTS)[number], string>;
  const { goals: total, attained, notAttained, noData, overdue, tScoreParticipants: tScore } = counts;
  const people = cells.cell(g('.people'), goals.people as number, true, null);
  cells.sum(`${id}: goals = attained + not attained + no data`, total, [attained, notAttained, noData]);
  cells.atMost(`${id}: overdue ≤ no data`, overdue, noData);
  // Every goal with a level has at least one check-in.
  cells.relate(`${id}: goals with a level ≤ check-ins`, [
    [counts.checkins, 1],
    [attained, -1],
    [notAttained, -1],
  ]);
  cells.atMost(`${id}: people ≤ goals`, people, total);
  cells.atMost(`${id}: T-score participants ≤ people`, tScore, people);
  cells.relate(`${id}: people ≤ T-score participants + no data`, [
    [tScore, 1],
    [noData, 1],
    [people, -1],
  ]);
  const levelGoals: string[] = [];
  const levelPeople: string[] = [];
  for (const level of goals.levels) {
    const lid = cells.object(`${id}/level/${level.level}`, id, [level.people], level);
    const lg = cells.cell(g(`/level/${level.level}.goals`), level.goals ?? 0, false, lid);
    const lp = cells.cell(g(`/level/${level.level}.people`), level.people, true, null);
    levelGoals.push(lg);
    levelPeople.push(lp);
    cells.atMost(`${lid}: people ≤ goals`, lp, lg);
    cells.atMost(`${lid}: people ≤ T-score participants`, lp, tScore);
  }
  cells.sum(`${id}: not attained = levels −2, −1`, notAttained, levelGoals.slice(0, 2));
  cells.sum(`${id}: attained = levels 0, 1, 2`, attained, levelGoals.slice(2));
  cells.relate(`${id}: T-score participants ≤ Σ level people`, [
    [tScore, -1],
    ...levelPeople.map((p) => [p, 1] as const),
  ]);
  const stepGoals: string[] = [];
  const stepAttained: string[] = [];
  for (const step of goals.byStaircaseLevel) {
    const sid = cells.object(`${id}/staircase/${step.level}`, id, [step.people], step);
    const sg = cells.cell(g(`/staircase/${step.level}.goals`), step.goals ?? 0, false, sid);
    const sa = cells.cell(g(`/staircase/${step.level}.attained`), step.attained ?? 0, false, sid);
    const sp = cells.cell(g(`/staircase/${step.level}.people`), step.people, true, null);
    stepGoals.push(sg);
    stepAttained.push(sa);
    cells.atMost(`${sid}: attained ≤ goals`, sa, sg);
    cells.atMost(`${sid}: people ≤ goals`, sp, sg);
    cells.atMost(`${sid}: people ≤ people with goals`, sp, people);
  }
  cells.sum(`${id}: goals = Σ staircase`, total, stepGoals);
  cells.sum(`${id}: attained = Σ staircase attained`, attained, stepAttained);
}

/** Goals across cohorts and against the funnel and reach, per as-of date. */
function describeGoalLinks(cells: ReleaseCells, answers: ReleaseAnswers, shape: ReleaseShape) {
  const asOfs = [...new Set(shape.periods.map((p) => p.asOf))];
  const goal = must(answers.goalAttainment, periodKey(null, shape.periods[0]?.period ?? 'all'));
  const paths = [
    ...GOAL_ATTAINMENT_COUNTS.map((count) => `.${count}`),
    '.people',
    ...goal.levels.flatMap((l) => [`/level/${l.level}.goals`, `/level/${l.level}.people`]),
    ...goal.byStaircaseLevel.flatMap((s) => [
      `/staircase/${s.level}.goals`,
      `/staircase/${s.level}.attained`,
      `/staircase/${s.level}.people`,
    ]),
  ];
  for (const asOf of asOfs) {
    for (const path of paths) {
      cells.union(
        `union of cohorts ${goalCell(null, asOf, path)}`,
        goalCell(null, asOf, path),
        shape.cohorts.map((c) => goalCell(c, asOf, path)),
      );
    }
    for (const cohort of shape.cohorts) {
      if (!cells.has(funnelCell(cohort, 'goalsSet', asOf))) continue;
      cells.sum(`${cohort}: goals set = people with goals`, funnelCell(cohort, 'goalsSet', asOf), [
        goalCell(cohort, asOf, '.people'),
      ]);
      const attainedBy = funnelCell(cohort, 'goalAttained', asOf);
      cells.atMost(
        `${cohort}: people who attained ≤ T-score participants`,
        attainedBy,
        goalCell(cohort, asOf, '.tScoreParticipants'),
      );
      // Who attained a goal has one at level 0, +1 or +2; whoever has one there attained.
      const attainedLevels = goal.levels
        .filter((l) => l.level >= 0)
        .map((l) => goalCell(cohort, asOf, `/level/${l.level}.people`));
      cells.relate(`${cohort}: people who attained ≤ Σ people at levels ≥ 0`, [
        [attainedBy, -1],
        ...attainedLevels.map((p) => [p, 1] as const),
      ]);
      for (const level of attainedLevels)
        cells.atMost(`${cohort}: people at ${level} ≤ people who attained`, level, attainedBy);
    }
  }
  const sorted = [...asOfs].sort();
  // Goals are only ever added: a goal table as of a later date holds every goal (and its
  // Wirkungstreppe step) of an earlier one.
  const growing = [
    '.goals',
    '.people',
    ...goal.byStaircaseLevel.flatMap((s) => [`/staircase/${s.level}.goals`, `/staircase/${s.level}.people`]),
  ];
  for (const cohort of cohortChoices(shape)) {
    for (let i = 1; i < sorted.length; i++) {
      for (const path of growing) {
        cells.atMost(
          `goals grow ${cohortKey(cohort)}${path}`,
          goalCell(cohort, sorted[i - 1] as string, path),
          goalCell(cohort, sorted[i] as string, path),
        );
      }
    }
  }
  for (const cohort of shape.cohorts) {
    for (let i = 1; i < sorted.length; i++) {
      const before = funnelCell(cohort, 'goalsSet', sorted[i - 1] as string);
      const after = funnelCell(cohort, 'goalsSet', sorted[i] as string);
      if (cells.has(before) && cells.has(after)) cells.atMost(`${cohort}: goals set grow`, before, after);
    }
    for (const { period } of shape.periods) {
      const multipliers = `${reachObject(cohort, period)}.multipliers`;
      if (cells.has(funnelCell(cohort, 'completed', ''))) {
        cells.atMost(`${cohort}: multipliers ≤ completed`, multipliers, funnelCell(cohort, 'completed', ''));
      }
    }
  }
}

// ---- Surveys -------------------------------------------------------------------------------

function rateCell(instrument: string, cohort: string, wave: string, field: string): string {
  return `rate|${instrument}|${cohort}|${wave}.${field}`;
}

function describeSurveys(cells: ReleaseCells, answers: ReleaseAnswers, shape: ReleaseShape) {
  const cohorts = cohortChoices(shape);
  const pairs: [string, string[], string, string][] = [];
  for (const instrument of shape.selfAssessments) {
    for (const [from, to] of RELEASE_COMPARISONS) {
      for (const cohort of cohorts) {
        const key = surveyKey(instrument, from, to, cohort);
        const outcomes = must(answers.surveyOutcomes, key);
        const id = surveyObject(key);
        const inCohorts = shape.cohorts.filter((c) => cohort === null || c === cohort);
        for (const dimension of outcomes.dimensions) {
          const did = cells.object(`${id}/dim/${dimension.dimension}`, null, [dimension.n ?? 0], dimension);
          const n = cells.cell(`${id}/dim/${dimension.dimension}.n`, dimension.n ?? 0, true, did);
          // The pairs are people who responded in both waves (rates come below: relate after them).
          pairs.push([n, inCohorts, from, to]);
        }
        for (const rate of outcomes.responseRates) {
          const rid = cells.object(`${id}/rate/${rate.cohort}/${rate.wave}`, null, [...rate.people], rate);
          const responded = cells.cell(
            rateCell(instrument, rate.cohort, rate.wave, 'responded'),
            rate.responded ?? 0,
            true,
            rid,
          );
          const eligible = cells.cell(
            rateCell(instrument, rate.cohort, rate.wave, 'eligible'),
            rate.eligible ?? 0,
            true,
            rid,
          );
          cells.atMost(`${rid}: responded ≤ eligible`, responded, eligible);
          const enrolled = funnelCell(rate.cohort, 'enrolled', '');
          if (cells.has(enrolled)) {
            cells.relate(`${rate.cohort}: eligible = enrolled − withdrawn`, [
              [enrolled, 1],
              [funnelCell(rate.cohort, 'withdrawn', ''), -1],
              [eligible, -1],
            ]);
            if (rate.wave === 'PRE') {
              cells.atMost(
                `${rate.cohort}: responded ≤ self-assessment pre`,
                responded,
                funnelCell(rate.cohort, 'selfAssessmentPre', ''),
              );
            }
          }
        }
      }
      for (const [n, inCohorts, a, b] of pairs.splice(0)) {
        for (const wave of [a, b]) {
          const responded = inCohorts
            .map((c) => rateCell(instrument, c, wave, 'responded'))
            .filter((r) => cells.has(r));
          if (responded.length > 0)
            cells.relate(`${n} ≤ responded ${wave}`, [[n, -1], ...responded.map((r) => [r, 1] as const)]);
        }
      }
      const whole = surveyObject(surveyKey(instrument, from, to, null));
      const dims = must(answers.surveyOutcomes, surveyKey(instrument, from, to, null)).dimensions;
      for (const dimension of dims) {
        cells.union(
          `union of cohorts ${whole}/dim/${dimension.dimension}.n`,
          `${whole}/dim/${dimension.dimension}.n`,
          shape.cohorts.map(
            (c) => `${surveyObject(surveyKey(instrument, from, to, c))}/dim/${dimension.dimension}.n`,
          ),
        );
      }
    }
    for (const wave of RELEASE_ITEM_WAVES) describeItems(cells, answers, shape, instrument, wave);
  }
  for (const instrument of shape.events) {
    for (const cohort of cohorts) {
      const key = eventKey(instrument, cohort);
      const feedback = must(answers.eventFeedback, key);
      const id = cells.object(eventObject(key), null, [feedback.people as number], feedback);
      cells.cell(`${id}.responses`, feedback.responses ?? 0, true, id);
    }
    cells.union(
      `union of cohorts ${eventObject(eventKey(instrument, null))}`,
      `${eventObject(eventKey(instrument, null))}.responses`,
      shape.cohorts.map((c) => `${eventObject(eventKey(instrument, c))}.responses`),
    );
  }
}

function describeItems(
  cells: ReleaseCells,
  answers: ReleaseAnswers,
  shape: ReleaseShape,
  instrument: string,
  wave: string,
) {
  for (const cohort of cohortChoices(shape)) {
    const items = must(answers.surveyItemDistributions, itemsKey(instrument, wave as never, cohort, 'de'));
    const id = itemsObject(instrument, wave, cohort);
    for (const item of items) {
      const iid = cells.object(`${id}/item/${item.item}`, null, [item.people], item);
      const n = cells.cell(`${iid}.n`, item.n ?? 0, true, iid);
      const counts: string[] = [];
      for (const count of item.counts) {
        const vid = cells.object(`${iid}/value/${count.value}`, iid, [count.people], count);
        counts.push(cells.cell(`${vid}.count`, count.count ?? 0, true, vid));
      }
      cells.sum(`${iid}: n = Σ answers`, n, counts);
      const rates = shape.cohorts
        .filter((c) => cohort === null || c === cohort)
        .map((c) => rateCell(instrument, c, wave, 'responded'))
        .filter((r) => cells.has(r));
      if (rates.length > 0)
        cells.relate(`${iid}: n ≤ responded`, [[n, -1], ...rates.map((r) => [r, 1] as const)]);
    }
  }
  const whole = must(answers.surveyItemDistributions, itemsKey(instrument, wave as never, null, 'de'));
  for (const item of whole) {
    const suffixes = [
      `/item/${item.item}.n`,
      ...item.counts.map((c) => `/item/${item.item}/value/${c.value}.count`),
    ];
    relateUnion(cells, cohortChoices(shape), (c) => itemsObject(instrument, wave, c), suffixes);
  }
}
