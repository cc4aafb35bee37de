import type { ReleaseCell, ReleaseObject, ReleaseRelation } from '@mintq/metrics';

type Term = readonly [cell: string, coefficient: number];

/**
 * Collects the objects, cells and relations of a release. A relation is given as the
 * expression that DOMAIN.md says is `≥ 0` (or `= 0`); it is kept as an equality where the
 * true values make it one (an attacker may assume what happens to be true), otherwise as
 * the inequality that holds.
 */
export class ReleaseCells {
  readonly objects: ReleaseObject[] = [];
  private readonly cellsById = new Map<string, ReleaseCell & { shownIn: string[] }>();
  readonly relations: ReleaseRelation[] = [];
  /** Where each object is in the answers, and which of its fields shows which cell. */
  readonly placements = new Map<string, { node: Record<string, unknown>; fields: Map<string, string> }>();

  get cells(): ReleaseCell[] {
    return [...this.cellsById.values()];
  }

  /** An aggregate object of the answers (`node`), hidden as a whole by rule 1. */
  object(id: string, parent: string | null, people: readonly number[], node: object): string {
    this.objects.push({ id, parent, people });
    this.placements.set(id, { node: node as Record<string, unknown>, fields: new Map() });
    return id;
  }

  /**
   * A number with its meaning as id, shown as the field after the id's last `.` of `object`;
   * never published when `object` is null (e.g. the people behind a month).
   */
  cell(id: string, value: number, people: boolean, object: string | null): string {
    if (object !== null) this.placements.get(object)?.fields.set(id.slice(id.lastIndexOf('.') + 1), id);
    const existing = this.cellsById.get(id);
    if (existing) {
      // The same meaning must have the same value wherever it is shown.
      if (existing.value !== value) throw new Error(`release cell ${id}: ${existing.value} and ${value}`);
      if (object !== null && !existing.shownIn.includes(object)) existing.shownIn.push(object);
      return id;
    }
    this.cellsById.set(id, { id, value, people, shownIn: object === null ? [] : [object] });
    return id;
  }

  has(id: string): boolean {
    return this.cellsById.has(id);
  }

  /** `Σ terms + constant ≥ 0` by DOMAIN.md; as equality where it is tight. */
  relate(name: string, terms: readonly Term[], constant = 0): void {
    const live = terms.filter(([, coefficient]) => coefficient !== 0);
    if (live.length === 0) return;
    let value = constant;
    for (const [id, coefficient] of live) {
      const cell = this.cellsById.get(id);
      if (!cell) throw new Error(`relation ${name}: unknown cell ${id}`);
      value += coefficient * cell.value;
    }
    if (value === 0) this.relations.push({ name, terms: live, constant, op: '=' });
    else if (value > 0) this.relations.push({ name, terms: live, constant, op: '>=' });
    // Where the data contradict the expected direction, the opposite inequality is what holds.
    else
      this.relations.push({
        name,
        terms: live.map(([id, coefficient]) => [id, -coefficient] as const),
        constant: -constant,
        op: '>=',
      });
  }

  /** whole = Σ parts (a total and its parts). */
  sum(name: string, whole: string, parts: readonly string[]): void {
    this.relate(name, [[whole, 1], ...parts.map((p) => [p, -1] as const)]);
  }

  /** small ≤ big. */
  atMost(name: string, small: string, big: string): void {
    this.relate(name, [
      [big, 1],
      [small, -1],
    ]);
  }

  /** A distinct count over a union: each part ≤ whole ≤ Σ parts. */
  union(name: string, whole: string, parts: readonly string[]): void {
    for (const part of parts) this.atMost(`${name}: part ≤ whole`, part, whole);
    if (parts.length > 1)
      this.relate(`${name}: whole ≤ Σ parts`, [[whole, -1], ...parts.map((p) => [p, 1] as const)]);
  }
}
