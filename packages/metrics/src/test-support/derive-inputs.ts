// The compact rows the API's repositories produce with SQL (GROUP BY, COUNT DISTINCT, DISTINCT ON),
// derived here from the bundle's rows so that the golden test exercises exactly the metrics inputs.
import type { CohortFunnelRow } from '../compute-cohort-funnel.js';
import type { GoalRow } from '../compute-goal-attainment.js';
import type { ReachMonthRow, ReachStateRow, ReachTotals } from '../compute-reach.js';
import type { ResponseRateRow } from '../compute-response-rates.js';
import { type SurveyResponses, surveyResponses } from '../compute-survey-outcomes.js';
import { pickLatestCheckin } from '../pick-latest-checkin.js';
import { pickLatestResponses } from '../pick-latest-responses.js';
import type { ItemValues, SurveyItem, WaveKind } from '../types.js';
import type { Bundle, Wave } from './load-bundle.js';
import type { ResolvedScope } from './resolve-scope.js';

const toWaveKind = (wave: Wave) => wave.toUpperCase() as WaveKind;
const fromWaveKind = (kind: WaveKind) => kind.toLowerCase() as Wave;

export function deriveReachInputs(bundle: Bundle, scope: ResolvedScope) {
  const multipliers = new Set(
    scope.enrollments
      .filter(
        (e) =>
          e.status === 'completed' &&
          e.certifiedOn !== null &&
          (scope.to === null || e.certifiedOn <= scope.to),
      )
      .map((e) => e.participant),
  );
  const activities = bundle.activities.filter(
    (a) =>
      multipliers.has(a.participant) &&
      (scope.from === null || a.occurredOn >= scope.from) &&
      (scope.to === null || a.occurredOn <= scope.to),
  );
  const links = activities.flatMap((a) => a.initiatives.map((initiative) => ({ activity: a, initiative })));
  const totals: ReachTotals = {
    multipliers: multipliers.size,
    activeMultipliers: new Set(activities.map((a) => a.participant)).size,
    activities: activities.length,
    initiativesReached: new Set(links.map((l) => l.initiative)).size,
    educatorsReached: activities.reduce((sum, a) => sum + (a.educatorsReached ?? 0), 0),
    youthReachedEstimate: activities.reduce((sum, a) => sum + (a.youthReachedEstimate ?? 0), 0),
  };

  const networkOf = new Map(bundle.initiatives.map((i) => [i.key, i.network]));
  const stateOf = new Map(bundle.networks.map((n) => [n.key, n.state]));
  const byState = new Map<string, ReachStateRow & { n: Set<string>; i: Set<string>; m: Set<string> }>();
  for (const network of bundle.networks) {
    const row = byState.get(network.state) ?? {
      state: network.state,
      networks: 0,
      networksReached: 0,
      initiativesReached: 0,
      multipliers: 0,
      n: new Set(),
      i: new Set(),
      m: new Set(),
    };
    row.networks += 1;
    byState.set(network.state, row);
  }
  for (const { activity, initiative } of links) {
    const network = networkOf.get(initiative) ?? '';
    const row = byState.get(stateOf.get(network) ?? '');
    if (row === undefined) throw new Error(`initiative ${initiative} without state`);
    row.n.add(network);
    row.i.add(initiative);
    row.m.add(activity.participant);
  }
  const stateRows: ReachStateRow[] = [...byState.values()].map(({ n, i, m, ...row }) => ({
    ...row,
    networksReached: n.size,
    initiativesReached: i.size,
    multipliers: m.size,
  }));

  const firstMonth = new Map<string, string>();
  for (const { activity, initiative } of links) {
    const month = activity.occurredOn.slice(0, 7);
    const first = firstMonth.get(initiative);
    if (first === undefined || month < first) firstMonth.set(initiative, month);
  }
  const months = new Map<string, { activities: number; i: Set<string>; m: Set<string> }>();
  for (const activity of activities) {
    const month = activity.occurredOn.slice(0, 7);
    const row = months.get(month) ?? { activities: 0, i: new Set<string>(), m: new Set<string>() };
    row.activities += 1;
    for (const initiative of activity.initiatives) row.i.add(initiative);
    row.m.add(activity.participant);
    months.set(month, row);
  }
  const monthRows: ReachMonthRow[] = [...months].map(([month, row]) => ({
    month,
    activities: row.activities,
    initiativesReached: row.i.size,
    newInitiativesReached: [...firstMonth.values()].filter((first) => first === month).length,
    multipliers: row.m.size,
  }));
  return { totals, byState: stateRows, byMonth: monthRows };
}

/** As-of levels of the in-scope goals set on or before asOf. */
export function deriveGoalRows(
  bundle: Bundle,
  scope: ResolvedScope,
  asOf: string,
): (GoalRow & { cohort: string })[] {
  return bundle.goals
    .filter((g) => scope.isInScope(g.participant, g.cohort) && g.setOn <= asOf)
    .map((g) => {
      const checkins = bundle.checkins.filter((c) => c.goal === g.key);
      return {
        participantKey: g.participant,
        cohort: g.cohort,
        staircaseLevel: g.staircaseLevel,
        weight: g.weight,
        dueOn: g.dueOn,
        level: pickLatestCheckin({ checkins, asOf })?.gasLevel ?? null,
        checkins: checkins.filter((c) => c.checkedOn <= asOf).length,
      };
    });
}

export function deriveFunnelRows(bundle: Bundle, scope: ResolvedScope, asOf: string): CohortFunnelRow[] {
  const goals = deriveGoalRows(bundle, scope, asOf);
  return [...scope.cohorts].map((cohort) => {
    const enrollments = scope.enrollments.filter((e) => e.cohort === cohort);
    const preWaves = bundle.waves.filter(
      (w) =>
        w.cohort === cohort &&
        w.wave === 'pre' &&
        bundle.instruments.some((i) => i.key === w.instrument && i.kind === 'self_assessment'),
    );
    const cohortGoals = goals.filter((g) => g.cohort === cohort);
    return {
      cohort,
      enrolled: enrollments.length,
      withdrawn: enrollments.filter((e) => e.status === 'withdrawn').length,
      completed: enrollments.filter((e) => e.status === 'completed').length,
      selfAssessmentPre: new Set(
        bundle.responses
          .filter(
            (r) =>
              r.participantKey !== null &&
              preWaves.some((w) => w.key === r.wave) &&
              scope.isInScope(r.participantKey, cohort),
          )
          .map((r) => r.participantKey),
      ).size,
      goalsSet: new Set(cohortGoals.map((g) => g.participantKey)).size,
      goalAttained: new Set(
        cohortGoals.filter((g) => g.level !== null && g.level >= 0).map((g) => g.participantKey),
      ).size,
    };
  });
}

function instrumentItems(bundle: Bundle, instrument: string): SurveyItem[] {
  return bundle.items
    .filter((item) => item.instrument === instrument)
    .map(({ instrument: _, ...item }) => item);
}

/** Latest response per in-scope participant in the given wave kind of their cohort. */
function latestResponses(
  bundle: Bundle,
  scope: ResolvedScope,
  instrument: string,
  kind: Wave,
): SurveyResponses {
  const result: { participantKey: string; values: ItemValues }[] = [];
  for (const wave of bundle.waves.filter((w) => w.instrument === instrument && w.wave === kind)) {
    const rows = bundle.responses.filter(
      (r) =>
        r.wave === wave.key && r.participantKey !== null && scope.isInScope(r.participantKey, wave.cohort),
    );
    for (const row of pickLatestResponses({ responses: rows })) {
      result.push({ participantKey: `${row.participantKey}|${wave.cohort}`, values: row.values });
    }
  }
  return surveyResponses(instrumentItems(bundle, instrument), result);
}

export function deriveSurveyInputs(
  bundle: Bundle,
  scope: ResolvedScope,
  instrument: string,
  from: WaveKind,
  to: WaveKind,
) {
  const waves: ResponseRateRow[] = bundle.waves
    .filter((w) => w.instrument === instrument && scope.cohorts.has(w.cohort))
    .map((w) => {
      const eligible = scope.enrollments.filter((e) => e.cohort === w.cohort && e.status !== 'withdrawn');
      const responded = eligible.filter((e) =>
        bundle.responses.some((r) => r.wave === w.key && r.participantKey === e.participant),
      );
      return {
        cohort: w.cohort,
        wave: toWaveKind(w.wave),
        eligible: eligible.length,
        responded: responded.length,
      };
    });
  return {
    items: instrumentItems(bundle, instrument),
    fromResponses: latestResponses(bundle, scope, instrument, fromWaveKind(from)),
    toResponses: latestResponses(bundle, scope, instrument, fromWaveKind(to)),
    waves,
  };
}

export function deriveEventFeedbackInputs(bundle: Bundle, scope: ResolvedScope, instrument: string) {
  const responses: ItemValues[] = [];
  for (const wave of bundle.waves.filter((w) => w.instrument === instrument && w.wave === 'event')) {
    if (!scope.cohorts.has(wave.cohort)) continue;
    const rows = bundle.responses.filter(
      (r) =>
        r.wave === wave.key &&
        (r.participantKey === null
          ? scope.anonymousQualifies(wave.cohort)
          : scope.isInScope(r.participantKey, wave.cohort)),
    );
    for (const row of pickLatestResponses({ responses: rows })) responses.push(row.values);
  }
  return { items: instrumentItems(bundle, instrument), responses };
}
