// highs ships ESM to `import` but declares its types as CommonJS: its default export is the loader.
import * as highsModule from 'highs';
import type { LinearBoundsSolver, LinearProgram } from './release-model.js';

const loadHighs = highsModule.default as unknown as typeof highsModule.default.default;
type Highs = Awaited<ReturnType<typeof loadHighs>>;

let loading: Promise<Highs> | null = null;

/** HiGHS (WebAssembly), loaded once per process. */
function highs(): Promise<Highs> {
  if (loading === null) loading = loadHighs();
  return loading;
}

const OPTIMAL = 7;
const INFEASIBLE = 8;
const UNBOUNDED = 10;
const UNBOUNDED_OR_INFEASIBLE = 9;

/**
 * The attacker's bounds with HiGHS: one model per programme, solved with the objective of each
 * target in turn (minimise, then maximise), so the simplex restarts from the last basis.
 */
export async function createHighsBoundsSolver(): Promise<LinearBoundsSolver> {
  const solver = await highs();
  return {
    bounds(program: LinearProgram, targets: readonly number[]) {
      const model = solver.createModel(toModelData(solver, program));
      try {
        model.options.set({ output_flag: false, presolve: 'off' });
        return targets.map((target) => ({
          min: solve(solver, model, program.variables, target, 'minimize'),
          max: solve(solver, model, program.variables, target, 'maximize'),
        }));
      } finally {
        model.dispose();
      }
    },
  };
}

function solve(
  solver: Highs,
  model: ReturnType<Highs['createModel']>,
  variables: number,
  target: number,
  sense: 'minimize' | 'maximize',
): number {
  const costs = new Float64Array(variables);
  costs[target] = 1;
  model.changeColsCost({ kind: 'range', from: 0, to: variables - 1 }, costs);
  model.changeObjectiveSense(solver.constants.objectiveSense[sense]);
  const { modelStatus } = model.run();
  if (modelStatus === OPTIMAL) return model.getObjectiveValue();
  if (modelStatus === UNBOUNDED || modelStatus === UNBOUNDED_OR_INFEASIBLE) {
    return sense === 'minimize' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  // The true values satisfy every relation, so an infeasible programme is a bug in the relations.
  if (modelStatus === INFEASIBLE) throw new Error('privacy audit: the relations contradict the true values');
  throw new Error(`privacy audit: HiGHS ended with model status ${modelStatus}`);
}

function toModelData(solver: Highs, program: LinearProgram) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const infinity = solver.infinity;
  const bound = (value: number) =>
    value === Number.POSITIVE_INFINITY ? infinity : value === Number.NEGATIVE_INFINITY ? -infinity : value;
  return {
    numCols: program.variables,
    numRows: program.rows.length,
    colCost: new Float64Array(program.variables),
    colLower: new Float64Array(program.variables),
    colUpper: new Float64Array(program.variables).fill(infinity),
    rowLower: program.rows.map((row) => bound(row.lower)),
    rowUpper: program.rows.map((row) => bound(row.upper)),
    matrix: {
      format: 'csr' as const,
      numRows: program.rows.length,
      numCols: program.variables,
      starts,
      indices,
      values,
    },
  };
}
