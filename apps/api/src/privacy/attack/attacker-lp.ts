import { FUNNEL_STATIC_STEPS, FUNNEL_STEPS, GOAL_ATTAINMENT_COUNTS, REACH_COUNTS } from '@mintq/contract';
import highsDefault from 'highs';
import type {
  FunderCollection,
  GoalsAnswer,
  MetricAnswers,
  OutcomesAnswer,
  ReachAnswer,
  Scope,
  ScopeTruth,
} from './collect-funder-answers.js';
import { COMPARISONS, DIMENSION_STATISTICS, DISTRIBUTION_WAVES } from './collect-funder-answers.js';

/**
 * The attacker's linear programme (DOMAIN.md, "Privacy for funders: what must hold"): one
 * variable per number the funder can obtain or that stands behind one (a count of people that is
 * never published), shown numbers fixed to their values, hidden ones free (≥ 0), and every linear
 * relation the definitions imply between them. Each candidate relation is kept as an equality
 * when it holds with equality on the true values, as its inequality when only that holds, and
 * left out otherwise: the attacker knows the true structure, which makes it the strongest one.
 * Then every hidden count of people with true value 1 … k−1 is minimised and maximised with HiGHS;
 * the guarantee holds when the interval reaches 0 and k.
 */

// highs ships ESM to `import` but declares its types as CommonJS: at run time the default
// export is the loader itself.
const loadHighs = highsDefault as unknown as typeof highsDefault.default;
type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsLoading: Promise<Highs> | null = null;
function highs(): Promise<Highs> {
  highsLoading ??= loadHighs();
  return highsLoading;
}

const EPS = 1e-6;

/** A linear expression: key → coefficient, plus a constant. */
type Lin = { terms: [number, string][]; constant?: number };
type Fallback = 'le' | 'ge' | 'none';

interface Relation {
  name: string;
  terms: [number, string][];
  lower: number;
  upper: number;
}

interface CellInfo {
  truth: number | undefined;
  people: boolean;
  /** Values shown to the funder, with where. */
  shown: { value: number; source: string }[];
  /** Where the funder saw it hidden (null). */
  hidden: string[];
}

export interface Violation {
  kind: 'narrowed' | 'infeasible';
  cell: string;
  /** Other names of the same number (equal by a relation). */
  sameAs: string[];
  truth: number;
  min: number;
  max: number;
  /** The relations the bound rests on (binding rows of the optimal solutions). */
  relations: string[];
  /** Shown numbers in those relations. */
  shownUsed: string[];
}

export interface AttackResult {
  violations: Violation[];
  /** Shown numbers that contradict a relation that holds on the true values. */
  contradictions: string[];
  stats: {
    cells: number;
    shownCells: number;
    hiddenCells: number;
    /** Hidden counts of people with true value 1 … k−1: the cells the attacker tries. */
    checkedCells: number;
    equalities: number;
    inequalities: number;
    merged: number;
    skipped: number;
    components: number;
    largestComponent: number;
    solves: number;
    milliseconds: number;
  };
  /** The relation kinds used, with how often (the name without its scope and cells). */
  relationKinds: Map<string, number>;
  /**
   * The interval of every checked cell: min is exact (0 when a point at 0 was found); max is
   * exact below k, and otherwise the largest value of a point found (at least k).
   */
  intervals: { cell: string; sameAs: string[]; truth: number; min: number; max: number }[];
}

// ---- keys --------------------------------------------------------------------------------------

const R = (s: string, f: string) => `${s}reach.${f}`;
const ST = (s: string, state: string, f: string) => `${s}reach.byState[${state}].${f}`;
const MO = (s: string, month: string, f: string) => `${s}reach.byMonth[${month}].${f}`;
const FU = (s: string, cohort: string, f: string) => `${s}cohortFunnel[${cohort}].${f}`;
const G = (s: string, f: string) => `${s}goalAttainment.${f}`;
const LV = (s: string, level: number, f: string) => `${s}goalAttainment.levels[${level}].${f}`;
const SC = (s: string, level: number, f: string) => `${s}goalAttainment.byStaircaseLevel[${level}].${f}`;
const DIM = (s: string, comparison: string, dim: string) =>
  `${s}surveyOutcomes[${comparison}].dimensions[${dim}].n`;
const RR = (s: string, instrument: string, cohort: string, wave: string, f: string) =>
  `${s}responseRates[${instrument}][${cohort} ${wave}].${f}`;
const DI = (s: string, iw: string, item: string, f: string) =>
  `${s}surveyItemDistributions[${iw}][${item}].${f}`;
const EV = (s: string, instrument: string) => `${s}eventFeedback[${instrument}].responses`;

const REACH_PEOPLE = new Set(['multipliers', 'activeMultipliers']);
const STATE_COUNTS = ['networks', 'networksReached', 'initiativesReached', 'multipliers'] as const;
const MONTH_COUNTS = ['activities', 'initiativesReached', 'cumulativeInitiativesReached'] as const;
const LEVELS = [-2, -1, 0, 1, 2];
const STAIRCASE = [1, 2, 3, 4, 5, 6, 7];

/** Every month from one YYYY-MM to another, inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  while (`${y}-${String(m).padStart(2, '0')}` <= last) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/**
 * The months a funder's `byMonth` lists for a scope (docs/privacy.md: every month of the period;
 * since the start: from the first funded cohort's start month), widened to any month in which the
 * true answer has activities.
 */
export function monthGrid(scope: Scope, firstMonth: string, admin?: ReachAnswer): string[] {
  const first = scope.period.from?.slice(0, 7) ?? firstMonth;
  const last = scope.period.to.slice(0, 7);
  const listed = (admin?.byMonth ?? []).map((m) => m.month);
  const months = [first, last, ...listed].sort();
  return monthsBetween(months[0] ?? first, months[months.length - 1] ?? last);
}

// ---- cells of an answer ---------------------------------------------------------------------

interface ExtractedCell {
  key: string;
  value: number | null;
  people: boolean;
}
interface ExtractedRatio {
  key: string;
  value: number | null;
}
export interface ExtractedObject {
  key: string;
  suppressed: boolean;
  /** The keys of the object's people (DOMAIN.md's table). */
  people: string[];
  /** How many of its own numbers it shows (not null; structural ones not counted). */
  shownNumbers: number;
}

export interface Extracted {
  /** The counts: the programme's variables. */
  cells: ExtractedCell[];
  /**
   * The numbers that are no counts (ratios, means, test statistics): compared with ADMIN; the
   * ratios (multiplierFactor, attainmentRate, a response rate) also enter the programme.
   */
  ratios: ExtractedRatio[];
  objects: ExtractedObject[];
}

/**
 * The cells, ratios and objects of one scope's answers. `grid` fills the months an answer does not
 * list: as true zeros for the ground truth (DOMAIN.md lists only months with activities), and for
 * a funder answer as the zeros the omission says (a shown reach that leaves a month out).
 */
export function extractCells(s: string, a: MetricAnswers, grid: string[], truth: boolean): Extracted {
  const cells: ExtractedCell[] = [];
  const ratios: ExtractedRatio[] = [];
  const objects: ExtractedObject[] = [];
  const cell = (key: string, value: number | null | undefined, people: boolean) => {
    if (value !== undefined) cells.push({ key, value, people });
  };
  const object = (
    key: string,
    suppressed: boolean,
    people: string[],
    values: (number | null | undefined)[],
  ) => {
    const shownNumbers = values.filter((v) => v !== null && v !== undefined).length;
    objects.push({ key, suppressed, people, shownNumbers });
  };
  if (a.reach) {
    const r = a.reach;
    for (const f of REACH_COUNTS) cell(R(s, f), r[f], REACH_PEOPLE.has(f));
    ratios.push({ key: R(s, 'multiplierFactor'), value: r.multiplierFactor });
    object(
      R(s, ''),
      r.suppressed,
      [R(s, 'activeMultipliers')],
      REACH_COUNTS.map((f) => r[f]),
    );
    for (const row of r.byState) {
      for (const f of STATE_COUNTS) cell(ST(s, row.state, f), row[f], f === 'multipliers');
      object(
        ST(s, row.state, ''),
        row.suppressed,
        [ST(s, row.state, 'multipliers')],
        [row.networksReached, row.initiativesReached, row.multipliers],
      );
    }
    const listed = new Map(r.byMonth.map((m) => [m.month, m]));
    let cumulative = 0;
    for (const month of grid) {
      const row = listed.get(month);
      if (row) {
        for (const f of MONTH_COUNTS) cell(MO(s, month, f), row[f], false);
        cumulative = row.cumulativeInitiativesReached ?? cumulative;
        object(
          MO(s, month, ''),
          row.suppressed,
          [MO(s, month, 'people')],
          MONTH_COUNTS.map((f) => row[f]),
        );
      } else if (truth || !r.suppressed) {
        cell(MO(s, month, 'activities'), 0, false);
        cell(MO(s, month, 'initiativesReached'), 0, false);
        if (truth) cell(MO(s, month, 'cumulativeInitiativesReached'), cumulative, false);
      }
    }
  }
  for (const row of a.funnel ?? []) {
    for (const f of FUNNEL_STEPS) cell(FU(s, row.cohort, f), row[f], true);
    object(
      FU(s, row.cohort, ''),
      row.suppressed,
      [FU(s, row.cohort, 'enrolled')],
      FUNNEL_STEPS.map((f) => row[f]),
    );
  }
  if (a.goals) {
    const g = a.goals;
    for (const f of GOAL_ATTAINMENT_COUNTS) cell(G(s, f), g[f], f === 'tScoreParticipants');
    ratios.push({ key: G(s, 'attainmentRate'), value: g.attainmentRate });
    ratios.push({ key: G(s, 'meanTScore'), value: g.meanTScore });
    object(
      G(s, ''),
      g.suppressed,
      [G(s, 'people')],
      GOAL_ATTAINMENT_COUNTS.map((f) => g[f]),
    );
    for (const l of g.levels) {
      cell(LV(s, l.level, 'goals'), l.goals, false);
      object(LV(s, l.level, ''), l.suppressed, [LV(s, l.level, 'people')], [l.goals]);
    }
    for (const l of g.byStaircaseLevel) {
      cell(SC(s, l.level, 'goals'), l.goals, false);
      cell(SC(s, l.level, 'attained'), l.attained, false);
      object(SC(s, l.level, ''), l.suppressed, [SC(s, l.level, 'people')], [l.goals, l.attained]);
    }
  }
  for (const [comparison, o] of a.outcomes) {
    for (const d of o.dimensions) {
      cell(DIM(s, comparison, d.dimension), d.n, true);
      for (const f of DIMENSION_STATISTICS) {
        if (d[f] !== undefined)
          ratios.push({ key: `${DIM(s, comparison, d.dimension).slice(0, -2)}.${f}`, value: d[f] });
      }
      object(DIM(s, comparison, d.dimension), d.suppressed, [DIM(s, comparison, d.dimension)], [d.n]);
    }
    for (const rr of o.responseRates) {
      const key = (f: string) => RR(s, o.instrument, rr.cohort, rr.wave, f);
      cell(key('responded'), rr.responded, true);
      cell(key('eligible'), rr.eligible, true);
      ratios.push({ key: key('rate'), value: rr.rate });
      object(key(''), rr.suppressed, [key('responded'), key('eligible')], [rr.responded, rr.eligible]);
    }
  }
  for (const [iw, rows] of a.distributions) {
    for (const row of rows) {
      cell(DI(s, iw, row.item, 'n'), row.n, true);
      object(DI(s, iw, row.item, ''), row.suppressed, [DI(s, iw, row.item, 'n')], [row.n]);
      for (const c of row.counts) {
        const key = DI(s, iw, row.item, `counts[${c.value}]`);
        cell(key, c.count, true);
        // An answer count has no flag of its own: a shown count is a shown object of that many people.
        object(key, c.count === null, [key], [c.count]);
      }
    }
  }
  for (const [instrument, e] of a.events) {
    cell(EV(s, instrument), e.responses, true);
    ratios.push({ key: `${s}eventFeedback[${instrument}].nps`, value: e.nps });
    object(EV(s, instrument), e.suppressed, [EV(s, instrument)], [e.responses]);
  }
  return { cells, ratios, objects };
}

// ---- the programme -----------------------------------------------------------------------------

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent.set(rb, ra);
    return true;
  }
}

export class AttackerProgram {
  readonly cells = new Map<string, CellInfo>();
  readonly ratios = new Map<string, { truth: number | null; shown: number | null }>();
  readonly relations: Relation[] = [];
  readonly merges = new UnionFind();
  readonly relationKinds = new Map<string, number>();
  readonly skipped: string[] = [];
  equalities = 0;
  inequalities = 0;
  merged = 0;

  constructor(readonly k: number) {}

  setTruth(key: string, truth: number | null, people: boolean): void {
    const info = this.cells.get(key);
    if (info) {
      info.people ||= people;
      if (info.truth === undefined && truth !== null) info.truth = truth;
      return;
    }
    this.cells.set(key, { truth: truth ?? undefined, people, shown: [], hidden: [] });
  }

  observe(key: string, value: number | null, people: boolean, source: string): void {
    let info = this.cells.get(key);
    if (!info) {
      info = { truth: undefined, people, shown: [], hidden: [] };
      this.cells.set(key, info);
    }
    if (value === null) info.hidden.push(source);
    else info.shown.push({ value, source });
  }

  has(key: string): boolean {
    return this.cells.get(key)?.truth !== undefined;
  }

  private truthOf(lin: Lin): number | undefined {
    let total = lin.constant ?? 0;
    for (const [coef, key] of lin.terms) {
      const truth = this.cells.get(key)?.truth;
      if (truth === undefined) return undefined;
      total += coef * truth;
    }
    return total;
  }

  /**
   * A candidate relation `lhs (=, or the fallback) rhs` of kind `kind`: added as an equality when
   * the true values satisfy it with equality, as the fallback inequality when they satisfy that,
   * else left out. A relation over a cell the truth does not have (an absent row) is left out.
   */
  candidate(kind: string, name: string, lhs: Lin, rhs: Lin, fallback: Fallback, tolerance = 1e-9): void {
    const l = this.truthOf(lhs);
    const r = this.truthOf(rhs);
    if (l === undefined || r === undefined) return;
    const diff = l - r;
    const scale = Math.max(1, Math.abs(l), Math.abs(r));
    let op: '=' | '<=' | '>=';
    if (Math.abs(diff) <= tolerance * scale) op = '=';
    else if (fallback === 'le' && diff < 0) op = '<=';
    else if (fallback === 'ge' && diff > 0) op = '>=';
    else {
      this.skipped.push(`${name} (true: ${l} vs ${r})`);
      return;
    }
    this.relationKinds.set(kind, (this.relationKinds.get(kind) ?? 0) + 1);
    // A plain equality of two cells makes them one variable.
    const [a, b] = [lhs.terms, rhs.terms];
    if (op === '=' && a.length === 1 && b.length === 1 && !lhs.constant && !rhs.constant) {
      const [[ca, ka]] = a as [[number, string]];
      const [[cb, kb]] = b as [[number, string]];
      if (ca === 1 && cb === 1) {
        if (this.merges.union(ka, kb)) this.merged++;
        return;
      }
    }
    const terms: [number, string][] = [...lhs.terms, ...rhs.terms.map(([c, k]): [number, string] => [-c, k])];
    const constant = (rhs.constant ?? 0) - (lhs.constant ?? 0);
    if (op === '=') this.equalities++;
    else this.inequalities++;
    this.relations.push({
      name: `${name} [${op === '=' ? '=' : op === '<=' ? '≤' : '≥'}]`,
      terms,
      lower: op === '<=' ? Number.NEGATIVE_INFINITY : constant,
      upper: op === '>=' ? Number.POSITIVE_INFINITY : constant,
    });
  }
}

const one = (key: string): Lin => ({ terms: [[1, key]] });
const sum = (keys: string[]): Lin => ({ terms: keys.map((k): [number, string] => [1, k]) });

// ---- building the programme from a collection ----------------------------------------------------

interface ScopeInfo {
  truth: ScopeTruth;
  grid: string[];
}

/** Adds the truth and the funder's observations of every scope, then every relation. */
export function buildAttackerProgram(collection: FunderCollection): AttackerProgram {
  const program = new AttackerProgram(collection.k);
  const firstMonth = firstGridMonth(collection);
  const scopes = new Map<string, ScopeInfo>();
  for (const [key, truth] of collection.scopes) {
    scopes.set(key, { truth, grid: monthGrid(truth.scope, firstMonth, truth.admin.reach) });
  }

  for (const [s, { truth, grid }] of scopes) {
    const extracted = extractCells(s, truth.admin, grid, true);
    for (const c of extracted.cells) program.setTruth(c.key, c.value, c.people);
    for (const r of extracted.ratios) program.ratios.set(r.key, { truth: r.value, shown: null });
    // The people behind objects that are never published.
    for (const month of grid)
      program.setTruth(MO(s, month, 'people'), truth.people.monthPeople.get(month) ?? 0, true);
    if (truth.admin.goals) {
      program.setTruth(G(s, 'people'), truth.people.goalPeople, true);
      for (const l of LEVELS)
        program.setTruth(LV(s, l, 'people'), truth.people.levelPeople.get(l) ?? 0, true);
      for (const l of STAIRCASE)
        program.setTruth(SC(s, l, 'people'), truth.people.staircasePeople.get(l) ?? 0, true);
    }
  }
  for (const observation of collection.observations) {
    const info = scopes.get(observation.scopeKey);
    if (!info) continue;
    const extracted = extractCells(observation.scopeKey, observation.answers, info.grid, false);
    for (const c of extracted.cells) program.observe(c.key, c.value, c.people, observation.source);
    for (const r of extracted.ratios) {
      const ratio = program.ratios.get(r.key);
      if (ratio && r.value !== null) ratio.shown = r.value;
    }
  }

  for (const [s, info] of scopes) withinScope(program, s, info, collection);
  cohortUnions(program, scopes, collection);
  periodRelations(program, scopes, collection);
  return program;
}

/** Since the start: from the first funded cohort's start month. */
function firstGridMonth(collection: FunderCollection): string {
  return collection.firstCohortStart.slice(0, 7);
}

function withinScope(p: AttackerProgram, s: string, { truth, grid }: ScopeInfo, c: FunderCollection): void {
  const a = truth.admin;
  const cohortRows = (a.funnel ?? []).map((r) => r.cohort);
  if (a.reach) {
    const A = R(s, 'activeMultipliers');
    const M = R(s, 'multipliers');
    const N = R(s, 'activities');
    const I = R(s, 'initiativesReached');
    p.candidate(
      'activeMultipliers ≤ multipliers',
      `${s} activeMultipliers ≤ multipliers`,
      one(A),
      one(M),
      'le',
    );
    p.candidate(
      'activeMultipliers ≤ activities',
      `${s} activeMultipliers ≤ activities`,
      one(A),
      one(N),
      'le',
    );
    p.candidate(
      'activities = Σ months',
      `${s} activities = Σ byMonth.activities`,
      one(N),
      sum(grid.map((m) => MO(s, m, 'activities'))),
      'ge',
    );
    p.candidate(
      'initiativesReached = Σ states',
      `${s} initiativesReached = Σ byState.initiativesReached`,
      one(I),
      sum(a.reach.byState.map((r) => ST(s, r.state, 'initiativesReached'))),
      'none',
    );
    const last = grid[grid.length - 1];
    if (last) {
      p.candidate(
        'initiativesReached = last cumulative',
        `${s} initiativesReached = cumulative of ${last}`,
        one(I),
        one(MO(s, last, 'cumulativeInitiativesReached')),
        'none',
      );
    }
    grid.forEach((month, i) => {
      const C = MO(s, month, 'cumulativeInitiativesReached');
      const mI = MO(s, month, 'initiativesReached');
      const P = MO(s, month, 'people');
      const prev = grid[i - 1];
      if (prev === undefined) {
        p.candidate(
          'first cumulative = month',
          `${s} cumulative ${month} = initiatives ${month}`,
          one(C),
          one(mI),
          'ge',
        );
      } else {
        const pC = MO(s, prev, 'cumulativeInitiativesReached');
        p.candidate(
          'cumulative monotone',
          `${s} cumulative ${prev} ≤ cumulative ${month}`,
          one(pC),
          one(C),
          'le',
        );
        p.candidate(
          'cumulative ≤ previous + month',
          `${s} cumulative ${month} ≤ cumulative ${prev} + initiatives ${month}`,
          one(C),
          sum([pC, mI]),
          'le',
        );
        p.candidate(
          'month ≤ cumulative',
          `${s} initiatives ${month} ≤ cumulative ${month}`,
          one(mI),
          one(C),
          'le',
        );
      }
      p.candidate(
        'month people ≤ month activities',
        `${s} people ${month} ≤ activities ${month}`,
        one(P),
        one(MO(s, month, 'activities')),
        'le',
      );
      p.candidate(
        'month people ≤ activeMultipliers',
        `${s} people ${month} ≤ activeMultipliers`,
        one(P),
        one(A),
        'le',
      );
    });
    p.candidate(
      'activeMultipliers ≤ Σ month people',
      `${s} activeMultipliers ≤ Σ people of the months`,
      one(A),
      sum(grid.map((m) => MO(s, m, 'people'))),
      'le',
    );
    const states = a.reach.byState.map((r) => r.state);
    for (const state of states) {
      p.candidate(
        'state multipliers ≤ activeMultipliers',
        `${s} ${state} multipliers ≤ activeMultipliers`,
        one(ST(s, state, 'multipliers')),
        one(A),
        'le',
      );
      p.candidate(
        'networksReached ≤ state initiatives',
        `${s} ${state} networksReached ≤ initiativesReached`,
        one(ST(s, state, 'networksReached')),
        one(ST(s, state, 'initiativesReached')),
        'le',
      );
      p.candidate(
        'networksReached ≤ networks',
        `${s} ${state} networksReached ≤ networks`,
        one(ST(s, state, 'networksReached')),
        one(ST(s, state, 'networks')),
        'le',
      );
    }
    p.candidate(
      'activeMultipliers ≤ Σ state multipliers',
      `${s} activeMultipliers ≤ Σ byState.multipliers`,
      one(A),
      sum(states.map((st) => ST(s, st, 'multipliers'))),
      'le',
    );
    ratio(
      p,
      'multiplierFactor',
      `${s} initiativesReached = multiplierFactor · multipliers`,
      R(s, 'multiplierFactor'),
      I,
      [M],
    );
    // Multipliers are completed enrollments certified by `to`.
    p.candidate(
      'multipliers ≤ Σ completed',
      `${s} multipliers ≤ Σ funnel completed`,
      one(M),
      sum(cohortRows.map((row) => FU(s, row, 'completed'))),
      'le',
    );
  }
  for (const row of cohortRows) {
    const f = (name: string) => FU(s, row, name);
    p.candidate(
      'withdrawn + completed ≤ enrolled',
      `${s} ${row} withdrawn + completed ≤ enrolled`,
      sum([f('withdrawn'), f('completed')]),
      one(f('enrolled')),
      'le',
    );
    p.candidate(
      'selfAssessmentPre ≤ enrolled',
      `${s} ${row} selfAssessmentPre ≤ enrolled`,
      one(f('selfAssessmentPre')),
      one(f('enrolled')),
      'le',
    );
    p.candidate(
      'goalsSet ≤ enrolled',
      `${s} ${row} goalsSet ≤ enrolled`,
      one(f('goalsSet')),
      one(f('enrolled')),
      'le',
    );
    p.candidate(
      'goalAttained ≤ goalsSet',
      `${s} ${row} goalAttained ≤ goalsSet`,
      one(f('goalAttained')),
      one(f('goalsSet')),
      'le',
    );
  }
  if (a.goals) goalRelations(p, s, a.goals, truth.scope.cohort, cohortRows);
  for (const instrument of c.selfAssessments) surveyRelations(p, s, a, instrument, cohortRows);
}

function ratio(
  p: AttackerProgram,
  kind: string,
  name: string,
  ratioKey: string,
  numerator: string,
  denominator: string[],
) {
  const r = p.ratios.get(ratioKey);
  if (!r || r.shown === null || r.shown === undefined) return;
  // numerator = ratio · Σ denominator, when it holds on the true values (a rounded ratio does not).
  p.candidate(
    kind,
    name,
    one(numerator),
    { terms: denominator.map((d): [number, string] => [r.shown as number, d]) },
    'none',
    EPS,
  );
}

function goalRelations(
  p: AttackerProgram,
  s: string,
  g: GoalsAnswer,
  cohort: string | null,
  cohortRows: string[],
) {
  const levels = g.levels.map((l) => l.level);
  const steps = g.byStaircaseLevel.map((l) => l.level);
  p.candidate(
    'goals = attained + notAttained + noData',
    `${s} goals = attained + notAttained + noData`,
    one(G(s, 'goals')),
    sum([G(s, 'attained'), G(s, 'notAttained'), G(s, 'noData')]),
    'none',
  );
  p.candidate(
    'notAttained = levels −2, −1',
    `${s} notAttained = goals at levels −2, −1`,
    one(G(s, 'notAttained')),
    sum(levels.filter((l) => l < 0).map((l) => LV(s, l, 'goals'))),
    'none',
  );
  p.candidate(
    'attained = levels 0, 1, 2',
    `${s} attained = goals at levels 0, 1, 2`,
    one(G(s, 'attained')),
    sum(levels.filter((l) => l >= 0).map((l) => LV(s, l, 'goals'))),
    'none',
  );
  p.candidate(
    'goals = Σ staircase goals',
    `${s} goals = Σ byStaircaseLevel.goals`,
    one(G(s, 'goals')),
    sum(steps.map((l) => SC(s, l, 'goals'))),
    'none',
  );
  p.candidate(
    'attained = Σ staircase attained',
    `${s} attained = Σ byStaircaseLevel.attained`,
    one(G(s, 'attained')),
    sum(steps.map((l) => SC(s, l, 'attained'))),
    'none',
  );
  p.candidate('overdue ≤ noData', `${s} overdue ≤ noData`, one(G(s, 'overdue')), one(G(s, 'noData')), 'le');
  ratio(
    p,
    'attainmentRate',
    `${s} attained = attainmentRate · (attained + notAttained)`,
    G(s, 'attainmentRate'),
    G(s, 'attained'),
    [G(s, 'attained'), G(s, 'notAttained')],
  );
  const people = G(s, 'people');
  const tsp = G(s, 'tScoreParticipants');
  p.candidate(
    'goal people ≤ goals',
    `${s} people with a goal ≤ goals`,
    one(people),
    one(G(s, 'goals')),
    'le',
  );
  p.candidate(
    'tScoreParticipants ≤ goal people',
    `${s} tScoreParticipants ≤ people with a goal`,
    one(tsp),
    one(people),
    'le',
  );
  p.candidate(
    'tScoreParticipants ≤ goals with a level',
    `${s} tScoreParticipants ≤ attained + notAttained`,
    one(tsp),
    sum([G(s, 'attained'), G(s, 'notAttained')]),
    'le',
  );
  for (const l of levels) {
    p.candidate(
      'level people ≤ level goals',
      `${s} people at level ${l} ≤ goals at level ${l}`,
      one(LV(s, l, 'people')),
      one(LV(s, l, 'goals')),
      'le',
    );
    p.candidate(
      'level people ≤ tScoreParticipants',
      `${s} people at level ${l} ≤ tScoreParticipants`,
      one(LV(s, l, 'people')),
      one(tsp),
      'le',
    );
  }
  p.candidate(
    'tScoreParticipants ≤ Σ level people',
    `${s} tScoreParticipants ≤ Σ people at the levels`,
    one(tsp),
    sum(levels.map((l) => LV(s, l, 'people'))),
    'le',
  );
  for (const l of steps) {
    const f = (name: string) => SC(s, l, name);
    p.candidate(
      'staircase attained ≤ staircase goals',
      `${s} step ${l} attained ≤ goals`,
      one(f('attained')),
      one(f('goals')),
      'le',
    );
    p.candidate(
      'step people ≤ step goals',
      `${s} people on step ${l} ≤ goals on step ${l}`,
      one(f('people')),
      one(f('goals')),
      'le',
    );
    p.candidate(
      'step people ≤ goal people',
      `${s} people on step ${l} ≤ people with a goal`,
      one(f('people')),
      one(people),
      'le',
    );
  }
  p.candidate(
    'goal people ≤ Σ step people',
    `${s} people with a goal ≤ Σ people on the steps`,
    one(people),
    sum(steps.map((l) => SC(s, l, 'people'))),
    'le',
  );
  // The funnel's goal columns count the same people, per cohort.
  if (cohort !== null) {
    const f = (name: string) => FU(s, cohort, name);
    p.candidate(
      'goal people = goalsSet',
      `${s} people with a goal = ${cohort} goalsSet`,
      one(people),
      one(f('goalsSet')),
      'le',
    );
    p.candidate(
      'goalAttained ≤ attained',
      `${s} ${cohort} goalAttained ≤ attained goals`,
      one(f('goalAttained')),
      one(G(s, 'attained')),
      'le',
    );
    const attainedLevels = levels.filter((l) => l >= 0).map((l) => LV(s, l, 'people'));
    p.candidate(
      'goalAttained ≤ Σ attained level people',
      `${s} ${cohort} goalAttained ≤ Σ people at levels 0, 1, 2`,
      one(f('goalAttained')),
      sum(attainedLevels),
      'le',
    );
    for (const key of attainedLevels) {
      p.candidate(
        'attained level people ≤ goalAttained',
        `${s} ${key.slice(s.length)} ≤ ${cohort} goalAttained`,
        one(key),
        one(f('goalAttained')),
        'le',
      );
    }
  } else {
    unionRelation(
      p,
      'goal people ∪ goalsSet',
      `${s} people with a goal`,
      people,
      cohortRows.map((row) => FU(s, row, 'goalsSet')),
    );
  }
}

function surveyRelations(
  p: AttackerProgram,
  s: string,
  a: MetricAnswers,
  instrument: string,
  cohortRows: string[],
) {
  const rateRows = new Map<string, { cohort: string; wave: string }>();
  for (const to of COMPARISONS) {
    const o = a.outcomes.get(`${instrument} PRE→${to}`);
    if (!o) continue;
    for (const rr of o.responseRates) rateRows.set(`${rr.cohort} ${rr.wave}`, rr);
    const responded = (wave: string) =>
      sum(
        o.responseRates
          .filter((rr) => rr.wave === wave)
          .map((rr) => RR(s, instrument, rr.cohort, wave, 'responded')),
      );
    for (const d of o.dimensions) {
      const n = DIM(s, `${instrument} PRE→${to}`, d.dimension);
      p.candidate(
        'dimension n ≤ responded (from)',
        `${s} ${instrument} PRE→${to} ${d.dimension} n ≤ Σ responded PRE`,
        one(n),
        responded('PRE'),
        'le',
      );
      p.candidate(
        'dimension n ≤ responded (to)',
        `${s} ${instrument} PRE→${to} ${d.dimension} n ≤ Σ responded ${to}`,
        one(n),
        responded(to),
        'le',
      );
    }
  }
  for (const { cohort, wave } of rateRows.values()) {
    const key = (f: string) => RR(s, instrument, cohort, wave, f);
    p.candidate(
      'responded ≤ eligible',
      `${s} ${instrument} ${cohort} ${wave} responded ≤ eligible`,
      one(key('responded')),
      one(key('eligible')),
      'le',
    );
    if (cohortRows.includes(cohort)) {
      p.candidate(
        'eligible = enrolled − withdrawn',
        `${s} ${instrument} ${cohort} ${wave} eligible = enrolled − withdrawn`,
        one(key('eligible')),
        {
          terms: [
            [1, FU(s, cohort, 'enrolled')],
            [-1, FU(s, cohort, 'withdrawn')],
          ],
        },
        'le',
      );
      if (wave === 'PRE') {
        p.candidate(
          'responded PRE ≤ selfAssessmentPre',
          `${s} ${instrument} ${cohort} PRE responded ≤ selfAssessmentPre`,
          one(key('responded')),
          one(FU(s, cohort, 'selfAssessmentPre')),
          'le',
        );
      }
    }
    ratio(
      p,
      'response rate',
      `${s} ${instrument} ${cohort} ${wave} responded = rate · eligible`,
      key('rate'),
      key('responded'),
      [key('eligible')],
    );
  }
  for (const wave of DISTRIBUTION_WAVES) {
    const iw = `${instrument} ${wave}`;
    const rows = a.distributions.get(iw) ?? [];
    const responded = sum(
      [...rateRows.values()]
        .filter((rr) => rr.wave === wave)
        .map((rr) => RR(s, instrument, rr.cohort, wave, 'responded')),
    );
    const pre = sum(cohortRows.map((row) => FU(s, row, 'selfAssessmentPre')));
    for (const row of rows) {
      const n = DI(s, iw, row.item, 'n');
      p.candidate(
        'item n = Σ value counts',
        `${s} ${iw} ${row.item} n = Σ counts`,
        one(n),
        sum(row.counts.map((c) => DI(s, iw, row.item, `counts[${c.value}]`))),
        'none',
      );
      p.candidate(
        'item n ≤ responded',
        `${s} ${iw} ${row.item} n ≤ Σ responded ${wave}`,
        one(n),
        responded,
        'le',
      );
      // Withdrawn participants' answers count here, not in the response rates; the funnel has them.
      if (wave === 'PRE')
        p.candidate(
          'item n ≤ selfAssessmentPre',
          `${s} ${iw} ${row.item} n ≤ Σ selfAssessmentPre`,
          one(n),
          pre,
          'le',
        );
    }
  }
}

/** `whole` is the union of `parts`: between the largest part and their sum (equal to it when disjoint). */
function unionRelation(p: AttackerProgram, kind: string, name: string, whole: string, parts: string[]) {
  if (parts.length === 0) return;
  const scopeOf = (key: string) => key.slice(0, key.indexOf(']') + 1);
  const list = parts.map(scopeOf).join(' + ');
  p.candidate(`${kind}: whole ≤ Σ parts`, `${name}: ${whole} ≤ Σ of ${list}`, one(whole), sum(parts), 'le');
  for (const part of parts)
    p.candidate(`${kind}: whole ≥ part`, `${name}: ${whole} ≥ ${part}`, one(whole), one(part), 'ge');
}

/** All keys of a scope's cells that depend on the cohort set, by their name without the scope. */
function scopeCellNames(p: AttackerProgram, s: string): string[] {
  const names: string[] = [];
  for (const key of p.cells.keys()) if (key.startsWith(s)) names.push(key.slice(s.length));
  return names;
}

const isMonthCell = (name: string) => name.startsWith('reach.byMonth[');
const isSurveyCell = (name: string) =>
  name.startsWith('surveyOutcomes[') ||
  name.startsWith('responseRates[') ||
  name.startsWith('surveyItemDistributions[') ||
  name.startsWith('eventFeedback[');

/** A cohort set is the union of its cohorts, in every period. */
function cohortUnions(p: AttackerProgram, scopes: Map<string, ScopeInfo>, c: FunderCollection) {
  for (const [s, info] of scopes) {
    if (info.truth.scope.cohort !== null) continue;
    const label = info.truth.scope.period.label;
    const parts = c.cohorts.map((cohort) => `[${cohort}|${label}]`).filter((key) => scopes.has(key));
    if (parts.length === 0) continue;
    for (const name of scopeCellNames(p, s)) {
      const whole = `${s}${name}`;
      if (name.startsWith('cohortFunnel[') || name.startsWith('responseRates[')) {
        // A cohort's own row: the same cell in the all-cohorts answer and in its own.
        const cohort = name.startsWith('cohortFunnel[')
          ? /^cohortFunnel\[([^\]]+)\]/.exec(name)?.[1]
          : /^responseRates\[[^\]]+\]\[(\S+) /.exec(name)?.[1];
        const own = parts.find((part) => part === `[${cohort}|${label}]`);
        if (own)
          p.candidate(
            'same cell, all cohorts and own cohort',
            `${whole} = ${own}${name}`,
            one(whole),
            one(`${own}${name}`),
            'none',
          );
        continue;
      }
      if (name.includes('networks') && !name.includes('networksReached')) continue;
      const partKeys = parts.map((part) => `${part}${name}`).filter((key) => p.has(key));
      if (partKeys.length === 0) continue;
      unionRelation(p, `cohort union ${kindOf(name)}`, `${s} = ∪ cohorts`, whole, partKeys);
    }
  }
}

/** The kind of a cell, for the list of relations: `reach.byMonth[].activities` etc. */
function kindOf(name: string): string {
  return name.replace(/\[[^\]]*\]/g, '[]');
}

/**
 * Between periods of one cohort set: the same cells (surveys, the cohort funnel's counts that do
 * not depend on a date, a month's numbers, everything at the same as-of date), monotone counts
 * along the as-of dates, and since the start as the union of the calendar years.
 */
function periodRelations(p: AttackerProgram, scopes: Map<string, ScopeInfo>, c: FunderCollection) {
  for (const cohort of [null, ...c.cohorts]) {
    const members = [...scopes.values()].filter((info) => info.truth.scope.cohort === cohort);
    const start = members.find((m) => m.truth.scope.period.label === 'start');
    if (!start) continue;
    const S = start.truth.scope.key;
    const startNames = new Set(scopeCellNames(p, S));
    for (const m of members) {
      if (m === start) continue;
      const s = m.truth.scope.key;
      const sameAsOf = m.truth.scope.period.to === start.truth.scope.period.to;
      for (const name of scopeCellNames(p, s)) {
        if (!startNames.has(name)) continue;
        const field = name.slice(name.lastIndexOf('.') + 1);
        const sameCell =
          isSurveyCell(name) ||
          (name.startsWith('cohortFunnel[') && (FUNNEL_STATIC_STEPS as readonly string[]).includes(field)) ||
          (isMonthCell(name) && field !== 'cumulativeInitiativesReached') ||
          (sameAsOf &&
            (name.startsWith('goalAttainment.') ||
              name.startsWith('cohortFunnel[') ||
              name === 'reach.multipliers'));
        if (sameCell) {
          p.candidate(
            `same cell in two periods: ${kindOf(name)}`,
            `${s}${name} = ${S}${name}`,
            one(`${s}${name}`),
            one(`${S}${name}`),
            'none',
          );
        }
      }
    }
    // Periods with the same first day have the same cumulative series.
    for (const x of members) {
      for (const y of members) {
        const from = x.truth.scope.period.from;
        if (from === null || from !== y.truth.scope.period.from || x.truth.scope.key >= y.truth.scope.key)
          continue;
        for (const month of x.grid.filter((m) => y.grid.includes(m))) {
          const name = `reach.byMonth[${month}].cumulativeInitiativesReached`;
          p.candidate(
            `same cell in two periods: ${kindOf(name)}`,
            `${x.truth.scope.key}${name} = ${y.truth.scope.key}${name}`,
            one(`${x.truth.scope.key}${name}`),
            one(`${y.truth.scope.key}${name}`),
            'none',
          );
        }
      }
    }
    // Along the as-of dates: what accumulates.
    const byAsOf = [...members].sort((x, y) => (x.truth.scope.period.to < y.truth.scope.period.to ? -1 : 1));
    for (let i = 1; i < byAsOf.length; i++) {
      const before = byAsOf[i - 1]?.truth.scope;
      const after = byAsOf[i]?.truth.scope;
      if (!before || !after) continue;
      const monotone = [
        'reach.multipliers',
        'goalAttainment.goals',
        'goalAttainment.people',
        ...STAIRCASE.flatMap((l) => [
          `goalAttainment.byStaircaseLevel[${l}].goals`,
          `goalAttainment.byStaircaseLevel[${l}].people`,
        ]),
        ...c.cohorts.map((row) => `cohortFunnel[${row}].goalsSet`),
      ];
      const same = before.period.to === after.period.to;
      for (const name of monotone) {
        p.candidate(
          same
            ? `same cell at the same as-of date: ${kindOf(name)}`
            : `grows with the as-of date: ${kindOf(name)}`,
          `${before.key}${name} ≤ ${after.key}${name}`,
          one(`${before.key}${name}`),
          one(`${after.key}${name}`),
          'le',
        );
      }
    }
    // Since the start is the union of the calendar years.
    const years = members.filter((m) => /^\d{4}$/.test(m.truth.scope.period.label));
    const yearKeys = years.map((m) => m.truth.scope.key);
    for (const name of [
      'activities',
      'educatorsReached',
      'youthReachedEstimate',
      'activeMultipliers',
      'initiativesReached',
    ]) {
      unionRelation(
        p,
        `period union reach.${name}`,
        `${S} = ∪ years`,
        R(S, name),
        yearKeys.map((y) => R(y, name)).filter((k) => p.has(k)),
      );
    }
    for (const state of start.truth.admin.reach?.byState ?? []) {
      for (const f of ['networksReached', 'initiativesReached', 'multipliers']) {
        const keys = yearKeys.map((y) => ST(y, state.state, f)).filter((k) => p.has(k));
        unionRelation(p, `period union reach.byState[].${f}`, `${S} = ∪ years`, ST(S, state.state, f), keys);
      }
    }
    // A year's cumulative series against the one since the start.
    for (const y of years) {
      const grid = y.grid;
      const year = Number(y.truth.scope.period.label);
      const before = `${year - 1}-12`;
      const hasBefore = start.grid.includes(before);
      for (const month of grid) {
        const whole = MO(S, month, 'cumulativeInitiativesReached');
        const part = MO(y.truth.scope.key, month, 'cumulativeInitiativesReached');
        p.candidate(
          'cumulative since the start ≥ cumulative of the year',
          `${whole} ≥ ${part}`,
          one(whole),
          one(part),
          'ge',
        );
        if (hasBefore) {
          p.candidate(
            'cumulative since the start ≤ up to the year + cumulative of the year',
            `${whole} ≤ ${MO(S, before, 'cumulativeInitiativesReached')} + ${part}`,
            one(whole),
            sum([MO(S, before, 'cumulativeInitiativesReached'), part]),
            'le',
          );
        }
      }
    }
  }
}

// ---- the attack ---------------------------------------------------------------------------------

interface ClassInfo {
  key: string;
  members: string[];
  truth: number | undefined;
  shown: number | undefined;
  people: boolean;
}

/** Minimises and maximises every hidden count of people with true value 1 … k−1. */
export async function attack(program: AttackerProgram): Promise<AttackResult> {
  const started = performance.now();
  const solver = await highs();
  const k = program.k;
  const classes = new Map<string, ClassInfo>();
  const contradictions: string[] = [];
  for (const [key, info] of program.cells) {
    const root = program.merges.find(key);
    let cls = classes.get(root);
    if (!cls) {
      cls = { key: root, members: [], truth: undefined, shown: undefined, people: false };
      classes.set(root, cls);
    }
    cls.members.push(key);
    cls.people ||= info.people;
    if (cls.truth === undefined) cls.truth = info.truth;
    for (const s of info.shown) {
      if (cls.shown !== undefined && cls.shown !== s.value) {
        contradictions.push(
          `${key} is shown as ${s.value} (${s.source}) but its equal cells as ${cls.shown}`,
        );
      }
      cls.shown ??= s.value;
    }
  }
  for (const cls of classes.values()) {
    // The name of a class: a shown or hidden cell the funder saw, else the first.
    cls.members.sort((a, b) => Number(seen(program, b)) - Number(seen(program, a)));
    cls.key = cls.members[0] ?? cls.key;
  }
  const classOf = (key: string) => classes.get(program.merges.find(key)) as ClassInfo;

  // Rows over the free classes, shown values moved into the bounds.
  interface Row {
    name: string;
    cols: Map<ClassInfo, number>;
    lower: number;
    upper: number;
    shown: string[];
  }
  const rows: Row[] = [];
  for (const relation of program.relations) {
    const cols = new Map<ClassInfo, number>();
    let fixed = 0;
    const shown: string[] = [];
    for (const [coef, key] of relation.terms) {
      const cls = classOf(key);
      if (cls.shown !== undefined) {
        fixed += coef * cls.shown;
        shown.push(`${cls.key} = ${cls.shown}`);
      } else cols.set(cls, (cols.get(cls) ?? 0) + coef);
    }
    for (const [cls, coef] of cols) if (Math.abs(coef) < 1e-12) cols.delete(cls);
    const lower = relation.lower - fixed;
    const upper = relation.upper - fixed;
    if (cols.size === 0) {
      if (lower > EPS * Math.max(1, Math.abs(fixed)) || upper < -EPS * Math.max(1, Math.abs(fixed))) {
        contradictions.push(`${relation.name}: the shown numbers (${shown.join(', ')}) do not satisfy it`);
      }
      continue;
    }
    rows.push({ name: relation.name, cols, lower, upper, shown });
  }

  // Connected components over the free classes: each is a programme of its own.
  const components = new UnionFind();
  for (const row of rows) {
    const [first, ...rest] = [...row.cols.keys()];
    if (first) for (const other of rest) components.union(first.key, other.key);
  }
  const rowsOf = new Map<string, Row[]>();
  for (const row of rows) {
    const first = row.cols.keys().next().value as ClassInfo;
    const root = components.find(first.key);
    const list = rowsOf.get(root) ?? [];
    list.push(row);
    rowsOf.set(root, list);
  }

  const targets = [...classes.values()].filter(
    (cls) =>
      cls.people &&
      cls.shown === undefined &&
      cls.truth !== undefined &&
      cls.truth >= 1 &&
      cls.truth <= k - 1,
  );
  // A target is named by its count of people; the cells equal to it follow.
  const nameOf = (cls: ClassInfo) => cls.members.find((m) => program.cells.get(m)?.people) ?? cls.key;
  const targetsOf = new Map<string, ClassInfo[]>();
  for (const t of targets) {
    const root = components.find(t.key);
    const list = targetsOf.get(root) ?? [];
    list.push(t);
    targetsOf.set(root, list);
  }

  const violations: Violation[] = [];
  const intervals: AttackResult['intervals'] = [];
  let solves = 0;
  let largest = 0;
  for (const [root, componentTargets] of targetsOf) {
    const componentRows = rowsOf.get(root) ?? [];
    if (componentRows.length === 0) {
      for (const t of componentTargets) {
        intervals.push({
          cell: nameOf(t),
          sameAs: t.members,
          truth: t.truth as number,
          min: 0,
          max: Infinity,
        });
      }
      continue;
    }
    const cols: ClassInfo[] = [];
    const index = new Map<ClassInfo, number>();
    for (const row of componentRows) {
      for (const cls of row.cols.keys()) {
        if (!index.has(cls)) {
          index.set(cls, cols.length);
          cols.push(cls);
        }
      }
    }
    largest = Math.max(largest, cols.length);
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of componentRows) {
      for (const [cls, coef] of row.cols) {
        indices.push(index.get(cls) as number);
        values.push(coef);
      }
      starts.push(indices.length);
    }
    const inf = solver.infinity;
    const bound = (v: number) =>
      v === Number.POSITIVE_INFINITY ? inf : v === Number.NEGATIVE_INFINITY ? -inf : v;
    const model = solver.createModel({
      numCols: cols.length,
      numRows: componentRows.length,
      colCost: new Float64Array(cols.length),
      colLower: new Float64Array(cols.length),
      colUpper: new Float64Array(cols.length).fill(inf),
      rowLower: Float64Array.from(componentRows.map((r) => bound(r.lower))),
      rowUpper: Float64Array.from(componentRows.map((r) => bound(r.upper))),
      matrix: {
        format: 'csr',
        numRows: componentRows.length,
        numCols: cols.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    });
    try {
      model.options.set({ output_flag: false, presolve: 'off' });
      const status = solver.constants.modelStatus;
      const inf = solver.infinity;
      model.changeObjectiveSense(solver.constants.objectiveSense.minimize);
      const targetCols = componentTargets.map((t) => index.get(t) as number);
      const min = new Map<number, number>();
      const max = new Map<number, number>();
      /** Minimises Σ sign·x over `objective`; the optimal solution, or null when there is none. */
      const solveFull = (objective: number[], sign: 1 | -1) => {
        for (const col of objective) model.changeColCost(col, sign);
        const { modelStatus } = model.run();
        solves++;
        const solution = modelStatus === status.optimal ? model.getSolution() : null;
        for (const col of objective) model.changeColCost(col, 0);
        return solution;
      };
      const solve = (objective: number[], sign: 1 | -1) => solveFull(objective, sign)?.colValue ?? null;
      // Every solution is a point the attacker cannot rule out: a target at 0 in it has min 0,
      // one at k or more has max ≥ k. So solve for all targets at once first, then one by one
      // for those still open, each time crediting every other target.
      const credit = (values: Float64Array | null) => {
        if (!values) return;
        for (const col of targetCols) {
          const v = values[col] as number;
          if (v <= EPS) min.set(col, 0);
          if (v >= k - EPS && !max.has(col)) max.set(col, v);
        }
      };
      const feasible = solve(targetCols, 1);
      if (feasible === null) {
        for (const t of componentTargets) {
          const name = nameOf(t);
          intervals.push({
            cell: name,
            sameAs: t.members,
            truth: t.truth as number,
            min: Number.NaN,
            max: Number.NaN,
          });
          violations.push({
            kind: 'infeasible',
            cell: name,
            sameAs: t.members.filter((m) => m !== name).slice(0, 6),
            truth: t.truth as number,
            min: Number.NaN,
            max: Number.NaN,
            relations: componentRows.slice(0, 20).map((r) => r.name),
            shownUsed: [...new Set(componentRows.flatMap((r) => r.shown))],
          });
        }
        continue;
      }
      credit(feasible);
      // All targets up to k at once (capped at k, so the sum is bounded).
      for (const col of targetCols) model.changeColBounds(col, 0, k);
      credit(solve(targetCols, -1));
      for (const col of targetCols) model.changeColBounds(col, 0, inf);
      for (const col of targetCols) {
        if (!min.has(col)) {
          const values = solve([col], 1);
          min.set(col, values ? (values[col] as number) : Number.NaN);
          credit(values);
        }
        if (!max.has(col)) {
          // Capped at k: the optimum is the true maximum when below k, and k is all that matters.
          model.changeColBounds(col, 0, k);
          const values = solve([col], -1);
          model.changeColBounds(col, 0, inf);
          max.set(col, values ? (values[col] as number) : Number.NaN);
          credit(values);
        }
      }
      /** The relations (rows with a dual) and shown numbers an optimum rests on. */
      const bindingRows = (col: number, sign: 1 | -1, binding: Set<string>, shownUsed: Set<string>) => {
        solveFull([col], sign)?.rowDual.forEach((dual, i) => {
          const row = componentRows[i];
          if (Math.abs(dual) > 1e-9 && row) {
            binding.add(row.name);
            for (const s of row.shown) shownUsed.add(s);
          }
        });
      };
      for (const target of componentTargets) {
        const col = index.get(target) as number;
        const lo = min.get(col) ?? Number.NaN;
        const hi = max.get(col) ?? Number.NaN;
        const name = nameOf(target);
        intervals.push({
          cell: name,
          sameAs: target.members,
          truth: target.truth as number,
          min: lo,
          max: hi,
        });
        if (!(lo > EPS || hi < k - EPS || Number.isNaN(lo) || Number.isNaN(hi))) continue;
        const binding = new Set<string>();
        const shownUsed = new Set<string>();
        if (lo > EPS) bindingRows(col, 1, binding, shownUsed);
        if (hi < k - EPS) bindingRows(col, -1, binding, shownUsed);
        violations.push({
          kind: Number.isNaN(lo) || Number.isNaN(hi) ? 'infeasible' : 'narrowed',
          cell: name,
          sameAs: target.members.filter((m) => m !== name).slice(0, 6),
          truth: target.truth as number,
          min: lo,
          max: hi,
          relations: [...binding],
          shownUsed: [...shownUsed],
        });
      }
    } finally {
      model.dispose();
    }
  }

  const all = [...classes.values()];
  return {
    violations,
    contradictions,
    intervals,
    relationKinds: program.relationKinds,
    stats: {
      cells: program.cells.size,
      shownCells: all.filter((c) => c.shown !== undefined).length,
      hiddenCells: all.filter((c) => c.shown === undefined && c.people && (c.truth ?? 0) > 0).length,
      checkedCells: targets.length,
      equalities: program.equalities,
      inequalities: program.inequalities,
      merged: program.merged,
      skipped: program.skipped.length,
      components: targetsOf.size,
      largestComponent: largest,
      solves,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

function seen(program: AttackerProgram, key: string): boolean {
  const info = program.cells.get(key);
  return info !== undefined && (info.shown.length > 0 || info.hidden.length > 0);
}

/** One violation as a readable block. */
export function formatViolation(v: Violation): string {
  const interval = `[${fmt(v.min)}, ${fmt(v.max)}]`;
  return [
    `${v.kind === 'infeasible' ? 'INFEASIBLE' : 'NARROWED'} ${v.cell}: true ${v.truth}, attacker's interval ${interval}`,
    ...(v.sameAs.length ? [`  same number as: ${v.sameAs.join('; ')}`] : []),
    ...(v.relations.length ? [`  relations: ${some(v.relations)}`] : []),
    ...(v.shownUsed.length ? [`  shown numbers used: ${some(v.shownUsed)}`] : []),
  ].join('\n');
}

function some(list: string[], most = 10): string {
  const shown = list.slice(0, most).map((s) => (s.length > 220 ? `${s.slice(0, 217)}…` : s));
  return `${shown.join('; ')}${list.length > most ? `; … ${list.length - most} more` : ''}`;
}

function fmt(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
  return String(Math.round(value * 1e6) / 1e6);
}

/** Convenience: the outcomes answer of an instrument and comparison. */
export function outcomesOf(a: MetricAnswers, instrument: string, to: string): OutcomesAnswer | undefined {
  return a.outcomes.get(`${instrument} PRE→${to}`);
}
