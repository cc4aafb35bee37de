/** Every n-th of `values` so that labels at least `minSpacing` px apart fit into `length` px. */
export function thinTicks<V>(values: readonly V[], length: number, minSpacing: number): V[] {
  const fit = Math.max(1, Math.floor(length / minSpacing));
  const step = Math.max(1, Math.ceil(values.length / fit));
  return values.filter((_, i) => i % step === 0);
}
