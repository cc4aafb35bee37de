import { HIDDEN_COUNT_KEYS } from '@mintq/contract';
import { DEFAULT_FIELD_PEOPLE, DEFAULT_KEPT_FIELDS, type ProtectedRelease } from '@mintq/metrics';
import type { ReleaseCells } from './release-cells.js';

/** Fields that name an aggregate or describe no people (DOMAIN.md: structural counts): never hidden. */
const KEPT = new Set([...DEFAULT_KEPT_FIELDS, 'item', 'text', 'value', 'scaleMin', 'scaleMax', 'reversed']);

/** Counts that only suppression reads: they never leave the house (for a hidden object they are the small number). */
const INTERNAL: readonly string[] = HIDDEN_COUNT_KEYS;

/**
 * Writes the protection into the answers the cells were described from: a hidden object has
 * every number nulled and `suppressed` set (rule 1, and rule 2 through its parent); a shown
 * object with a hidden cell has that cell nulled, and every number derived from its cells (a
 * rate, a mean, a factor) too, and is marked `suppressed`. Cronbach's α from fewer than k
 * responses is nulled (rule 4). Then the internal people counts are removed.
 */
export function publishRelease(cells: ReleaseCells, protection: ProtectedRelease, k: number): void {
  const parents = new Map(cells.objects.map((o) => [o.id, o.parent]));
  const hidden = (id: string): boolean => {
    for (let current: string | null = id; current !== null; current = parents.get(current) ?? null) {
      if (protection.hiddenObjects.has(current)) return true;
    }
    return false;
  };
  for (const [id, { node, fields }] of cells.placements) {
    for (const [field, countField] of Object.entries(DEFAULT_FIELD_PEOPLE)) {
      const count = node[countField];
      if (field in node && typeof count === 'number' && count < k) node[field] = null;
    }
    const cellFields = new Set(fields.keys());
    const hiddenCells = [...fields]
      .filter(([, cell]) => protection.hiddenCells.has(cell))
      .map(([field]) => field);
    if (hidden(id) || hiddenCells.length > 0) {
      const whole = hidden(id);
      for (const [field, value] of Object.entries(node)) {
        if (typeof value !== 'number' || KEPT.has(field) || INTERNAL.includes(field)) continue;
        // A shown cell of a partly hidden object stays; everything derived from its cells goes.
        if (whole || hiddenCells.includes(field) || !cellFields.has(field)) node[field] = null;
      }
      node.suppressed = true;
    }
  }
  for (const { node } of cells.placements.values()) for (const field of INTERNAL) delete node[field];
}
