import type { HiddenCountKey } from '@mintq/contract';
/** Fields that identify an aggregate or describe no people: never nulled (DOMAIN.md: structural counts). */
export const DEFAULT_KEPT_FIELDS: readonly string[] = [
  'state',
  'networks',
  'month',
  'cohort',
  'wave',
  'level',
  'dimension',
  'instrument',
  'from',
  'to',
  'alphaFromResponses',
  'alphaToResponses',
];

/** Lists in which one suppressed entry triggers complementary suppression (rule 3). */
export const DEFAULT_COMPLEMENTARY_LISTS: readonly string[] = [
  'byState',
  'byMonth',
  'levels',
  'byStaircaseLevel',
];

/** Fields nulled when fewer than k people enter them, by the field holding that count (rule 4). */
export const DEFAULT_FIELD_PEOPLE: Readonly<Record<string, HiddenCountKey>> = {
  alphaFrom: 'alphaFromResponses',
  alphaTo: 'alphaToResponses',
};

/** The smallest allowed k (DOMAIN.md: configurable, never below 3). */
export const MIN_SUPPRESSION_K = 3;

export interface SuppressSmallNumbersOptions<T> {
  /** A result tree: an aggregate is any object with `people` and `suppressed`; arrays and other objects are walked. */
  tree: T;
  /** Minimum number of people, default 5; an integer below 3 throws a RangeError (no silent clamping). */
  k?: number;
  /** Fields never nulled; default `DEFAULT_KEPT_FIELDS`. */
  keep?: readonly string[];
  /** List fields with complementary suppression; default `DEFAULT_COMPLEMENTARY_LISTS`. */
  complementaryLists?: readonly string[];
  /** Field → count field for per-field minimums; default `DEFAULT_FIELD_PEOPLE` (Cronbach's α). */
  fieldPeople?: Readonly<Record<string, string>>;
}

interface Settings {
  k: number;
  keep: ReadonlySet<string>;
  complementaryLists: ReadonlySet<string>;
  fieldPeople: Readonly<Record<string, string>>;
}

type Node = Record<string, unknown> & { people: number | readonly number[]; suppressed: boolean };

/** Funder-view suppression (rules 1–4 of DOMAIN.md) on a new tree, e.g. `suppressSmallNumbers({ tree: { goals: 3, suppressed: false, people: 2 } })` = { goals: null, suppressed: true, people: 2 }. */
export function suppressSmallNumbers<T>({
  tree,
  k = 5,
  keep = DEFAULT_KEPT_FIELDS,
  complementaryLists = DEFAULT_COMPLEMENTARY_LISTS,
  fieldPeople = DEFAULT_FIELD_PEOPLE,
}: SuppressSmallNumbersOptions<T>): T {
  if (!Number.isInteger(k) || k < MIN_SUPPRESSION_K) {
    throw new RangeError(`suppressSmallNumbers: k must be an integer ≥ ${MIN_SUPPRESSION_K}, got ${k}`);
  }
  const settings: Settings = {
    k,
    keep: new Set(keep),
    complementaryLists: new Set(complementaryLists),
    fieldPeople,
  };
  return walk(tree, false, undefined, settings) as T;
}

function walk(value: unknown, forced: boolean, key: string | undefined, settings: Settings): unknown {
  if (Array.isArray(value)) return walkList(value, forced, key, settings);
  if (!isPlainObject(value)) return value;
  if (isNode(value)) return walkNode(value, forced || isSmall(value.people, settings.k), settings);
  const copy: Record<string, unknown> = {};
  for (const [field, child] of Object.entries(value)) copy[field] = walk(child, forced, field, settings);
  return copy;
}

function walkList(
  list: readonly unknown[],
  forced: boolean,
  key: string | undefined,
  settings: Settings,
): unknown[] {
  // Rule 1 per entry, then rule 3 within the list, then rule 2 into each entry.
  const suppressed = list.map((entry) => forced || (isNode(entry) && isSmall(entry.people, settings.k)));
  if (!forced && key !== undefined && settings.complementaryLists.has(key)) {
    const byRuleOne = suppressed.filter(Boolean).length;
    if (byRuleOne === 1) {
      let candidate = -1;
      let smallest = Number.POSITIVE_INFINITY;
      list.forEach((entry, index) => {
        if (suppressed[index] || !isNode(entry)) return;
        const people = peopleOf(entry.people);
        if (people > 0 && people < smallest) {
          smallest = people;
          candidate = index;
        }
      });
      if (candidate >= 0) suppressed[candidate] = true;
    }
  }
  return list.map((entry, index) =>
    isNode(entry)
      ? walkNode(entry, suppressed[index] ?? false, settings)
      : walk(entry, forced, undefined, settings),
  );
}

function walkNode(node: Node, suppressed: boolean, settings: Settings): Node {
  const copy: Record<string, unknown> = {};
  for (const [field, child] of Object.entries(node)) {
    if (field === 'people' || settings.keep.has(field)) copy[field] = child;
    else if (field === 'suppressed') copy[field] = suppressed || node.suppressed;
    else if (Array.isArray(child) || isPlainObject(child))
      copy[field] = walk(child, suppressed, field, settings);
    else if (suppressed) copy[field] = null;
    else {
      // Rule 4: a field with its own count of people is nulled below k (whatever the object shows).
      const countField = settings.fieldPeople[field];
      const count = countField === undefined ? undefined : node[countField];
      copy[field] = typeof count === 'number' && count < settings.k ? null : child;
    }
  }
  return copy as Node;
}

/** Rule 1: 1 ≤ people < k; with several counts, any of them. */
function isSmall(people: number | readonly number[], k: number): boolean {
  const counts = typeof people === 'number' ? [people] : people;
  return counts.some((count) => count >= 1 && count < k);
}

/** The number used to rank entries for complementary suppression: the smallest non-zero count. */
function peopleOf(people: number | readonly number[]): number {
  const counts = (typeof people === 'number' ? [people] : people).filter((count) => count > 0);
  return counts.length === 0 ? 0 : Math.min(...counts);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function isNode(value: unknown): value is Node {
  return isPlainObject(value) && 'people' in value && typeof value.suppressed === 'boolean';
}
