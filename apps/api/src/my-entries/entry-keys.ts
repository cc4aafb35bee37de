/**
 * Keys of entries made in the app, in the same key space as imported rows: a coordinator's goals
 * `<participantKey>-goal-<n>`, their activities `<participantKey>-act-<n>`, initiatives they add
 * `<networkKey>-ini-<n>`. n is the next number after the highest one in use (a number freed by a
 * deletion is not handed out again while a higher one exists).
 */
export type EntryKeyKind = 'goal' | 'act' | 'ini';

/** The prefix every key of that kind of an owner starts with, e.g. `P0001-goal-`. */
export function entryKeyPrefix(owner: string, kind: EntryKeyKind): string {
  return `${owner}-${kind}-`;
}

/** The next free key after `taken` (keys with that prefix; others are ignored), e.g. `P0001-goal-3`. */
export function nextEntryKey(owner: string, kind: EntryKeyKind, taken: readonly string[]): string {
  const prefix = entryKeyPrefix(owner, kind);
  let highest = 0;
  for (const key of taken) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (/^[1-9][0-9]{0,8}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${highest + 1}`;
}
