import { describe, expect, it } from 'vitest';
import { auditRelease } from './audit-release.js';
import { createHighsBoundsSolver } from './create-highs-bounds-solver.js';
import { protectRelease } from './protect-release.js';
import { ReleaseProtector } from './protect-release-in-worker.js';
import type { ReleaseCell, ReleaseObject, ReleaseRelation } from './release-model.js';

// GAS levels of one goal table: notAttained = levels −2 + −1, attained = levels 0 + 1 + 2;
// the people at a level are never published and are at most its goals.
function goalTable(levels: readonly [number, number, number, number, number], peopleAt = levels) {
  const objects: ReleaseObject[] = [{ id: 'goals', parent: null, people: [40] }];
  const cells: ReleaseCell[] = [];
  const relations: ReleaseRelation[] = [];
  levels.forEach((goals, index) => {
    const level = `level${index - 2}`;
    objects.push({ id: level, parent: 'goals', people: [peopleAt[index] as number] });
    cells.push({ id: `${level}.goals`, value: goals, people: false, shownIn: [level] });
    cells.push({ id: `${level}.people`, value: peopleAt[index] as number, people: true, shownIn: [] });
    relations.push({
      name: `${level}: people ≤ goals`,
      terms: [
        [`${level}.goals`, 1],
        [`${level}.people`, -1],
      ],
      constant: 0,
      op: '>=',
    });
  });
  const sum = (name: string, total: string, parts: string[]): ReleaseRelation => ({
    name,
    terms: [[total, 1], ...parts.map((p) => [p, -1] as const)],
    constant: 0,
    op: '=',
  });
  cells.push({ id: 'notAttained', value: levels[0] + levels[1], people: false, shownIn: ['goals'] });
  cells.push({ id: 'attained', value: levels[2] + levels[3] + levels[4], people: false, shownIn: ['goals'] });
  relations.push(sum('notAttained = −2 + −1', 'notAttained', ['level-2.goals', 'level-1.goals']));
  relations.push(sum('attained = 0 + 1 + 2', 'attained', ['level0.goals', 'level1.goals', 'level2.goals']));
  return { objects, cells, relations };
}

describe('protectRelease', () => {
  it('hides more than the small cell when a subtotal gives it away, until the audit passes', async () => {
    const solver = await createHighsBoundsSolver();
    const table = goalTable([2, 0, 10, 12, 16]);
    // Per-answer suppression: level −2 hidden, the rest shown: −2 = notAttained − (−1) = 2.
    const naive = auditRelease({
      ...table,
      hiddenObjects: new Set(['level-2']),
      hiddenCells: new Set(),
      k: 5,
      solver,
    });
    expect(naive).toEqual([
      expect.objectContaining({ cell: 'level-2.people', value: 2, min: 0, max: 2, protected: false }),
    ]);

    const release = protectRelease({ ...table, k: 5, solver });
    expect(release.passed).toBe(true);
    expect([...release.hiddenObjects]).toEqual(['level-2']);
    // The subtotal itself shows "at most 2": it must go, and with it one more cell of the
    // other subtotal's relation so that goals = attained + notAttained cannot bring it back.
    expect(release.hiddenCells.has('notAttained')).toBe(true);
    for (const result of release.audit) {
      expect(result.min).toBeLessThanOrEqual(0);
      expect(result.max).toBeGreaterThanOrEqual(5);
    }
  });

  it('hides nothing beyond rule 1 when the hidden cells already protect each other', async () => {
    const solver = await createHighsBoundsSolver();
    const table = goalTable([3, 4, 10, 12, 16]);
    table.cells.splice(
      table.cells.findIndex((c) => c.id === 'notAttained'),
      1,
    );
    table.relations.splice(
      0,
      table.relations.length,
      ...table.relations.filter((r) => !r.name.startsWith('notAttained')),
    );
    const release = protectRelease({ ...table, k: 5, solver });
    expect(release.passed).toBe(true);
    expect([...release.hiddenObjects].sort()).toEqual(['level-1', 'level-2']);
    expect(release.hiddenCells.size).toBe(0);
  });

  it('reports a release it cannot protect instead of passing it', async () => {
    const solver = await createHighsBoundsSolver();
    // A hidden count pinned by a relation to a constant: nothing shown can be hidden to help.
    const release = protectRelease({
      objects: [{ id: 'month', parent: null, people: [2] }],
      cells: [{ id: 'month.people', value: 2, people: true, shownIn: ['month'] }],
      relations: [{ name: 'pinned', terms: [['month.people', 1]], constant: -2, op: '=' }],
      k: 5,
      solver,
    });
    expect(release.passed).toBe(false);
    expect(release.audit[0]).toMatchObject({ min: 2, max: 2, protected: false });
  });
});

describe('ReleaseProtector', () => {
  it('protects on its worker thread exactly as protectRelease does here, exact audit included', async () => {
    const solver = await createHighsBoundsSolver();
    const table = goalTable([2, 0, 10, 12, 16]);
    const here = protectRelease({ ...table, k: 5, solver });
    const exact = auditRelease({ ...here, ...table, k: 5, solver });
    const protector = new ReleaseProtector();
    try {
      // Two at once: the worker takes them one after the other.
      const [plain, audited] = await Promise.all([
        protector.protect({ ...table, k: 5, exactAudit: false }),
        protector.protect({ ...table, k: 5, exactAudit: true }),
      ]);
      expect(plain.protection).toEqual(here);
      expect(plain.audited).toEqual(here.audit);
      expect(audited.audited).toEqual(exact);
    } finally {
      await protector.close();
    }
  });

  it('fails what is in flight when its worker ends, and starts a new one for the next', async () => {
    const protector = new ReleaseProtector();
    const table = goalTable([2, 0, 10, 12, 16]);
    const inFlight = protector.protect({ ...table, k: 5, exactAudit: false });
    await protector.close();
    await expect(inFlight).rejects.toThrow(/worker ended/);
    const again = await protector.protect({ ...table, k: 5, exactAudit: false });
    expect(again.protection.passed).toBe(true);
    await protector.close();
  });
});
