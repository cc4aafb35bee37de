// highs ships ESM to `import` but declares its types as CommonJS: its default export is the loader.
import * as highsModule from 'highs';
import type { LinearBoundsSolver, LinearProgram } from './release-model.js';

const loadHighs = highsModule.default as unknown as typeof highsModule.default.default;
type Highs = Awaited<ReturnType<typeof loadHighs>>;
type Model = ReturnType<Highs['createModel']>;

let loading: Promise<Highs> | null = null;

/** HiGHS (WebAssembly), loaded once per process. */
function highs(): Promise<Highs> {
  if (loading === null) loading = loadHighs();
  return loading;
}

const OPTIMAL = 7;
const INFEASIBLE = 8;
const UNBOUNDED_OR_INFEASIBLE = 9;
const UNBOUNDED = 10;
const TOLERANCE = 1e-7;

/**
 * The attacker's bounds with HiGHS. Exact bounds: one model, the objective of each target in
 * turn, so the simplex restarts from the last basis. With `enough`, two programmes settle most
 * targets at once: minimising the sum of the targets puts many of them at 0, and maximising
 * the sum of min(target, enough) lifts many to `enough`; only the others are solved one by one.
 */
export async function createHighsBoundsSolver(): Promise<LinearBoundsSolver> {
  const solver = await highs();
  return {
    bounds(program, targets, enough, settleOnly = false) {
      const results = targets.map(() => ({ min: Number.NaN, max: Number.NaN }));
      if (enough !== undefined) {
        // Settle what the sums can, again over what is left while that helps: a target the
        // first sum left at 1 may reach 0 once the others no longer compete for the room.
        settle(
          targets,
          (left) => solveOnce(solver, program, left, 'minimize', null),
          (value) => value <= TOLERANCE,
          (i) => {
            (results[i] as { min: number }).min = 0;
          },
        );
        settle(
          targets,
          (left) => solveOnce(solver, program, left, 'maximize', enough),
          (value) => value >= enough - TOLERANCE,
          (i, value) => {
            (results[i] as { max: number }).max = value;
          },
        );
      }
      const open = results.flatMap((r, i) => (Number.isNaN(r.min) || Number.isNaN(r.max) ? [i] : []));
      if (open.length === 0 || settleOnly) return results;
      const model = solver.createModel(toModelData(solver, program, []));
      try {
        model.options.set({ output_flag: false });
        for (const i of open) {
          const target = targets[i] as number;
          const result = results[i] as { min: number; max: number };
          if (Number.isNaN(result.min))
            result.min = optimum(solver, model, program.variables, target, 'minimize');
          if (Number.isNaN(result.max))
            result.max = optimum(solver, model, program.variables, target, 'maximize');
        }
      } finally {
        model.dispose();
      }
      return results;
    },
  };
}

/** Solves over the unsettled targets until a solve settles none of them. */
function settle(
  targets: readonly number[],
  solve: (left: number[]) => Float64Array,
  settled: (value: number) => boolean,
  record: (index: number, value: number) => void,
): void {
  let left = targets.map((_, i) => i);
  while (left.length > 0) {
    const values = solve(left.map((i) => targets[i] as number));
    const still = left.filter((i) => {
      const value = values[targets[i] as number] as number;
      if (!settled(value)) return true;
      record(i, value);
      return false;
    });
    if (still.length === left.length) return;
    left = still;
  }
}

/**
 * One solve over all targets: the minimum of their sum, or (with `cap`) the maximum of the
 * sum of min(target, cap) through one capped copy per target. Returns the variables' values.
 */
function solveOnce(
  solver: Highs,
  program: LinearProgram,
  targets: readonly number[],
  sense: 'minimize' | 'maximize',
  cap: number | null,
): Float64Array {
  const model = solver.createModel(toModelData(solver, program, cap === null ? [] : targets, cap ?? 0));
  try {
    model.options.set({ output_flag: false });
    const columns = program.variables + (cap === null ? 0 : targets.length);
    const costs = new Float64Array(columns);
    if (cap === null) for (const target of targets) costs[target] = 1;
    else for (let i = 0; i < targets.length; i++) costs[program.variables + i] = 1;
    model.changeColsCost({ kind: 'range', from: 0, to: columns - 1 }, costs);
    model.changeObjectiveSense(solver.constants.objectiveSense[sense]);
    const { modelStatus } = model.run();
    if (modelStatus !== OPTIMAL) fail(modelStatus);
    return Float64Array.from(model.getSolution().colValue.slice(0, program.variables));
  } finally {
    model.dispose();
  }
}

function optimum(
  solver: Highs,
  model: Model,
  variables: number,
  target: number,
  sense: 'minimize' | 'maximize',
) {
  const costs = new Float64Array(variables);
  costs[target] = 1;
  model.changeColsCost({ kind: 'range', from: 0, to: variables - 1 }, costs);
  model.changeObjectiveSense(solver.constants.objectiveSense[sense]);
  const { modelStatus } = model.run();
  if (modelStatus === OPTIMAL) return model.getObjectiveValue();
  if (modelStatus === UNBOUNDED || modelStatus === UNBOUNDED_OR_INFEASIBLE) {
    return sense === 'minimize' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return fail(modelStatus);
}

function fail(modelStatus: number): never {
  // The true values satisfy every relation, so an infeasible programme is a bug in the relations.
  if (modelStatus === INFEASIBLE) throw new Error('privacy audit: the relations contradict the true values');
  throw new Error(`privacy audit: HiGHS ended with model status ${modelStatus}`);
}

/** The programme as HiGHS data, with a capped copy `yᵢ ≤ xᵢ, 0 ≤ yᵢ ≤ cap` of each given target. */
function toModelData(solver: Highs, program: LinearProgram, capped: readonly number[], cap = 0) {
  const infinity = solver.infinity;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const bound = (value: number) =>
    value === Number.POSITIVE_INFINITY ? infinity : value === Number.NEGATIVE_INFINITY ? -infinity : value;
  for (const row of program.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
    rowLower.push(bound(row.lower));
    rowUpper.push(bound(row.upper));
  }
  capped.forEach((target, i) => {
    indices.push(target, program.variables + i);
    values.push(1, -1);
    starts.push(indices.length);
    rowLower.push(0);
    rowUpper.push(infinity);
  });
  const columns = program.variables + capped.length;
  const colUpper = new Float64Array(columns).fill(infinity);
  colUpper.fill(cap, program.variables);
  return {
    numCols: columns,
    numRows: rowLower.length,
    colCost: new Float64Array(columns),
    colLower: new Float64Array(columns),
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csr' as const, numRows: rowLower.length, numCols: columns, starts, indices, values },
  };
}
