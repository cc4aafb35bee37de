import type { SelectOption } from '../../common/components/Field.js';

/** The funders as select options after the empty one: `none` is "choose a funder" or "all funders". */
export function funderOptions(
  none: string,
  funders: readonly { key: string; name: string }[],
): SelectOption[] {
  return [{ value: '', label: none }, ...funders.map((f) => ({ value: f.key, label: f.name }))];
}
