import type {
  AuditedCell,
  LinearBoundsSolver,
  LinearProgram,
  ReleaseCell,
  ReleaseObject,
  ReleaseRelation,
} from './release-model.js';

const TOLERANCE = 1e-6;

export interface AuditReleaseOptions {
  objects: readonly ReleaseObject[];
  cells: readonly ReleaseCell[];
  relations: readonly ReleaseRelation[];
  /** Objects hidden by rule 1; their descendants are hidden too (rule 2). */
  hiddenObjects: ReadonlySet<string>;
  /** Cells hidden by secondary suppression, wherever they are shown. */
  hiddenCells: ReadonlySet<string>;
  k: number;
  solver: LinearBoundsSolver;
}

/**
 * The attacker's audit (DOMAIN.md "the guarantee"): for every hidden count of people with true
 * value 1 … k−1, the smallest and largest value consistent with every shown cell and every
 * relation, e.g. hidden a = 2, b = 20 with a + b = 22 shown gives a ∈ [0, 22]: protected.
 */
export function auditRelease(options: AuditReleaseOptions): AuditedCell[] {
  const audit = new ReleaseAudit(options);
  audit.mode = 'exact';
  return audit.run();
}

/** The cells, objects and relations of a release with a hidden set; answers which cells are hidden and audits them. */
export class ReleaseAudit {
  private readonly objectsById: Map<string, ReleaseObject>;
  private readonly cellsById: Map<string, ReleaseCell>;
  readonly relationsByCell: Map<string, number[]>;
  /** Intervals by component (its variables) and cell: a component that did not change is not solved again. */
  private readonly cache = new Map<string, { min: number; max: number }>();

  /**
   * `exact`: each cell's exact interval (for a report of the audit); `proof`: the proof that
   * each spans [0, k], solving a cell alone where the joint solves do not settle it;
   * `settle`: the joint solves only, a cell they do not settle counting as narrowed (cheap;
   * it may hide a little more than needed, never less).
   */
  mode: 'exact' | 'proof' | 'settle' = 'proof';

  constructor(readonly options: AuditReleaseOptions) {
    this.objectsById = new Map(options.objects.map((o) => [o.id, o]));
    this.cellsById = new Map(options.cells.map((c) => [c.id, c]));
    this.relationsByCell = new Map();
    options.relations.forEach((relation, index) => {
      for (const [cell] of relation.terms) {
        if (!this.cellsById.has(cell))
          throw new RangeError(`relation ${relation.name}: unknown cell ${cell}`);
        const list = this.relationsByCell.get(cell) ?? [];
        if (list[list.length - 1] !== index) list.push(index);
        this.relationsByCell.set(cell, list);
      }
    });
  }

  cell(id: string): ReleaseCell {
    const cell = this.cellsById.get(id);
    if (!cell) throw new RangeError(`unknown cell ${id}`);
    return cell;
  }

  /** Whether an object, or one of the objects it is nested in, is hidden. */
  isObjectHidden(id: string): boolean {
    for (let current: string | null = id; current !== null; ) {
      if (this.options.hiddenObjects.has(current)) return true;
      current = this.objectsById.get(current)?.parent ?? null;
    }
    return false;
  }

  /** A cell is hidden when no shown object shows it (a never-published count always is). */
  isCellHidden(cell: ReleaseCell): boolean {
    return (
      this.options.hiddenCells.has(cell.id) || cell.shownIn.every((object) => this.isObjectHidden(object))
    );
  }

  /** Hidden counts of people whose true value is 1 … k−1: the cells the guarantee is about. */
  sensitiveCells(): ReleaseCell[] {
    const k = this.options.k;
    return this.options.cells.filter(
      (cell) => cell.people && cell.value >= 1 && cell.value < k && this.isCellHidden(cell),
    );
  }

  run(): AuditedCell[] {
    return this.boundsOf(this.sensitiveCells());
  }

  /** The attacker's interval of each given hidden cell. */
  boundsOf(targets: readonly ReleaseCell[]): AuditedCell[] {
    const k = this.options.k;
    const { variables, components, rowsOfComponent } = this.program();
    const byComponent = new Map<number, ReleaseCell[]>();
    const results = new Map<string, { min: number; max: number }>();
    for (const cell of targets) {
      const index = variables.get(cell.id);
      // A hidden cell in no relation is bounded by nothing but ≥ 0.
      if (index === undefined) results.set(cell.id, { min: 0, max: Number.POSITIVE_INFINITY });
      else {
        const component = components.find(index);
        const list = byComponent.get(component);
        if (list) list.push(cell);
        else byComponent.set(component, [cell]);
      }
    }
    const membersOf = new Map<number, [string, number][]>();
    for (const entry of variables) {
      const component = components.find(entry[1]);
      if (!byComponent.has(component)) continue;
      const list = membersOf.get(component);
      if (list) list.push(entry);
      else membersOf.set(component, [entry]);
    }
    for (const [component, cells] of byComponent) {
      const members = membersOf.get(component) ?? [];
      const local = new Map(members.map(([id], position) => [id, position]));
      // A settled bound proves protection in any mode but 'exact', which wants the true interval.
      const signature = `${this.mode === 'exact' ? 'exact' : 'proof'}\n${members.map(([id]) => id).join('\n')}`;
      const unsolved = cells.filter((cell) => !this.cache.has(`${signature}\n=${cell.id}`));
      if (unsolved.length > 0) {
        const program: LinearProgram = {
          variables: members.length,
          rows: (rowsOfComponent.get(component) ?? []).map((row) => ({
            ...row,
            indices: row.cells.map((id) => local.get(id) as number),
          })),
        };
        const bounds = this.options.solver.bounds(
          program,
          unsolved.map((cell) => local.get(cell.id) as number),
          this.mode === 'exact' ? undefined : this.options.k,
          this.mode === 'settle',
        );
        unsolved.forEach((cell, i) => {
          const bound = bounds[i] as { min: number; max: number };
          // A cell the joint solves did not settle is solved again next time.
          if (!Number.isNaN(bound.min) && !Number.isNaN(bound.max))
            this.cache.set(`${signature}\n=${cell.id}`, bound);
          else results.set(cell.id, bound);
        });
      }
      for (const cell of cells) {
        const cached = this.cache.get(`${signature}\n=${cell.id}`);
        if (cached) results.set(cell.id, cached);
      }
    }
    return targets.map((cell) => {
      const { min, max } = results.get(cell.id) as { min: number; max: number };
      return {
        cell: cell.id,
        value: cell.value,
        min,
        max,
        // NaN (not settled) fails both comparisons: not protected.
        protected: min <= TOLERANCE && max >= k - TOLERANCE,
      };
    });
  }

  /** The linear programme over the hidden cells: shown cells are constants, every variable ≥ 0. */
  private program() {
    const variables = new Map<string, number>();
    const hidden = (id: string) => this.isCellHidden(this.cell(id));
    type Row = { cells: string[]; values: number[]; lower: number; upper: number };
    const rows: Row[] = [];
    for (const relation of this.options.relations) {
      let constant = relation.constant;
      const cells: string[] = [];
      const values: number[] = [];
      for (const [id, coefficient] of relation.terms) {
        if (hidden(id)) {
          const at = cells.indexOf(id);
          if (at >= 0) values[at] = (values[at] as number) + coefficient;
          else {
            cells.push(id);
            values.push(coefficient);
          }
        } else constant += coefficient * this.cell(id).value;
      }
      if (cells.length === 0) continue;
      for (const id of cells) if (!variables.has(id)) variables.set(id, variables.size);
      rows.push({
        cells,
        values,
        lower: -constant,
        upper: relation.op === '=' ? -constant : Number.POSITIVE_INFINITY,
      });
    }
    const components = new UnionFind(variables.size);
    for (const row of rows) {
      const first = variables.get(row.cells[0] as string) as number;
      for (const id of row.cells) components.union(first, variables.get(id) as number);
    }
    const rowsOfComponent = new Map<number, Row[]>();
    for (const row of rows) {
      const component = components.find(variables.get(row.cells[0] as string) as number);
      const list = rowsOfComponent.get(component);
      if (list) list.push(row);
      else rowsOfComponent.set(component, [row]);
    }
    return { variables, components, rowsOfComponent };
  }
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    for (let current = i; this.parent[current] !== root; ) {
      const next = this.parent[current] as number;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}
