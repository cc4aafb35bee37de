import { ReleaseAudit } from './audit-release.js';
import type {
  AuditedCell,
  LinearBoundsSolver,
  ReleaseCell,
  ReleaseObject,
  ReleaseRelation,
} from './release-model.js';

export interface ProtectReleaseOptions {
  objects: readonly ReleaseObject[];
  cells: readonly ReleaseCell[];
  relations: readonly ReleaseRelation[];
  /** Minimum number of people behind a shown object. */
  k: number;
  solver: LinearBoundsSolver;
}

export interface ProtectedRelease {
  /** Objects hidden by rule 1; their descendants are hidden too (rule 2). */
  hiddenObjects: Set<string>;
  /** Cells hidden by secondary suppression (rule 3), wherever they are shown. */
  hiddenCells: Set<string>;
  /** The final audit: one interval per hidden count of people with true value 1 … k−1. */
  audit: AuditedCell[];
  /** Whether every audited cell is protected (else nothing of the release may be shown). */
  passed: boolean;
}

/**
 * Joint suppression of a release (DOMAIN.md rules 1–3): hides every object with 1 … k−1
 * people, then, while the attacker's audit narrows a hidden count of people below [0, k],
 * hides one more cell next to it (the cheapest shown cell in a relation with it) and audits
 * again. Hiding only widens every interval, so cells once protected stay protected.
 * E.g. levels −2 = 2 (hidden) and −1 = 0 (shown) under a shown notAttained = 2 gives
 * −2 ∈ [2, 2]; hiding the next shown cell of that relation protects it.
 */
export function protectRelease({
  objects,
  cells,
  relations,
  k,
  solver,
}: ProtectReleaseOptions): ProtectedRelease {
  const hiddenObjects = new Set(
    objects.filter((o) => o.people.some((count) => count >= 1 && count < k)).map((o) => o.id),
  );
  const hiddenCells = new Set<string>();
  const audit = new ReleaseAudit({ objects, cells, relations, hiddenObjects, hiddenCells, k, solver });

  for (;;) {
    const failing = audit.run().filter((result) => !result.protected);
    if (failing.length === 0) break;
    // One step per round for the smallest failing cell of each relation group: the next audit
    // re-solves only the programmes that changed.
    const touched = new Set<string>();
    let hidOne = false;
    for (const failure of failing.sort((a, b) => a.value - b.value || compare(a.cell, b.cell))) {
      const candidate = pickCandidate(audit, failure.cell, touched);
      if (candidate === null) continue;
      hiddenCells.add(candidate.id);
      touched.add(candidate.id);
      for (const neighbour of neighbourhood(audit, failure.cell)) touched.add(neighbour);
      hidOne = true;
    }
    if (!hidOne) break;
  }
  const result = audit.run();
  return {
    hiddenObjects,
    hiddenCells,
    audit: result,
    passed: result.every((r) => r.protected),
  };
}

/** The hidden cells reachable from a cell through relations over hidden cells. */
function neighbourhood(audit: ReleaseAudit, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const index of audit.relationsByCell.get(id) ?? []) {
      for (const [other] of audit.options.relations[index]?.terms ?? []) {
        if (seen.has(other) || !audit.isCellHidden(audit.cell(other))) continue;
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}

/**
 * The shown cell to hide next for a failing cell: among the shown cells in a relation with it
 * (or with a hidden cell linked to it), the one that costs least: a non-zero value before a
 * zero (a zero adds no room), then the smallest value, then the one shown in fewest places.
 * Null when the failing cell's neighbourhood was already changed this round.
 */
function pickCandidate(
  audit: ReleaseAudit,
  failing: string,
  touched: ReadonlySet<string>,
): ReleaseCell | null {
  const area = neighbourhood(audit, failing);
  for (const id of area) if (touched.has(id)) return null;
  let best: ReleaseCell | null = null;
  let bestCost: number[] = [];
  for (const id of area) {
    for (const index of audit.relationsByCell.get(id) ?? []) {
      for (const [other] of audit.options.relations[index]?.terms ?? []) {
        const cell = audit.cell(other);
        if (audit.isCellHidden(cell) || touched.has(other)) continue;
        const cost = [cell.value === 0 ? 1 : 0, cell.value, cell.shownIn.length];
        if (
          best === null ||
          lexicographicLess(cost, bestCost) ||
          (equal(cost, bestCost) && other < best.id)
        ) {
          best = cell;
          bestCost = cost;
        }
      }
    }
  }
  return best;
}

function lexicographicLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) < (b[i] as number);
  }
  return false;
}

function equal(a: readonly number[], b: readonly number[]): boolean {
  return a.every((value, i) => value === b[i]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
