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

  // Hiding only widens every interval: a cell found protected stays protected, so each round
  // audits only the cells still narrowed (and those newly hidden by collateral).
  const done = new Set<string>();
  // Joint solves only while hiding (fast; a cell they cannot settle is treated as narrowed);
  // the loop ends when they settle every cell, which proves each one protected.
  audit.mode = 'settle';
  for (;;) {
    const pending = audit.sensitiveCells().filter((cell) => !done.has(cell.id));
    const results = audit.boundsOf(pending);
    for (const result of results) if (result.protected) done.add(result.cell);
    const failing = results.filter((result) => !result.protected);
    if (failing.length === 0) break;
    // One more hidden cell per narrowed cell and round, the smallest narrowed cells first.
    let hidOne = false;
    for (const failure of failing.sort((a, b) => a.value - b.value || compare(a.cell, b.cell))) {
      const candidate = pickCandidate(audit, failure.cell);
      if (candidate === null || hiddenCells.has(candidate.id)) continue;
      hiddenCells.add(candidate.id);
      hidOne = true;
    }
    if (!hidOne) break;
  }
  audit.mode = 'proof';
  const result = audit.run();
  return {
    hiddenObjects,
    hiddenCells,
    audit: result,
    passed: result.every((r) => r.protected),
  };
}

/**
 * The shown cell to hide next for a narrowed cell: among the shown cells in a relation with
 * it, or else with the nearest hidden cells linked to it, the one that costs least: a non-zero
 * value before a zero (a zero adds no room), then the smallest value, then the one shown in
 * fewest places. Null when nothing shown is linked to it at all.
 */
function pickCandidate(audit: ReleaseAudit, failing: string): ReleaseCell | null {
  const seen = new Set([failing]);
  let layer = [failing];
  while (layer.length > 0) {
    let best: ReleaseCell | null = null;
    let bestCost: number[] = [];
    const next: string[] = [];
    for (const id of layer) {
      for (const index of audit.relationsByCell.get(id) ?? []) {
        for (const [other] of audit.options.relations[index]?.terms ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const cell = audit.cell(other);
          if (audit.isCellHidden(cell)) {
            next.push(other);
            continue;
          }
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
    if (best !== null) return best;
    layer = next;
  }
  return null;
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
