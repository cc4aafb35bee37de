// The printed result of `pnpm bench:load`: throughput, latency percentiles, every failed request
// by kind, and what the server's threads did meanwhile.
import { percentile } from './api-bench-support.js';
import type { Outcome, Sample } from './load-client.js';

const KINDS: { kind: Exclude<Outcome['kind'], 'ok'>; label: string }[] = [
  { kind: 'timeout', label: 'timeouts' },
  { kind: 'reset', label: 'connection resets' },
  { kind: 'network', label: 'other network errors' },
  { kind: 'http', label: 'non-200 answers' },
  { kind: 'graphql', label: 'GraphQL errors' },
];

const int = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : int(n)) : 'n/a');

export function latencyLine(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => ms(percentile(sorted, p));
  return `p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${ms(sorted[sorted.length - 1] ?? Number.NaN)} ms`;
}

/** How many requests failed, and the breakdown by kind and detail (code, status). */
export function failures(samples: readonly Sample[]): { count: number; line: string } {
  const failed = samples.filter((s) => s.outcome.kind !== 'ok');
  const parts = KINDS.map(({ kind, label }) => {
    const ofKind = failed.filter((s) => s.outcome.kind === kind);
    const details = new Map<string, number>();
    for (const { outcome, operation } of ofKind) {
      const detail =
        outcome.kind === 'reset' || outcome.kind === 'network'
          ? outcome.code
          : outcome.kind === 'graphql'
            ? `${outcome.code} in ${operation}`
            : outcome.kind === 'http'
              ? `${outcome.status} to ${operation}`
              : operation;
      if (detail) details.set(detail, (details.get(detail) ?? 0) + 1);
    }
    const detailText = details.size ? ` (${[...details].map(([d, n]) => `${d} ×${n}`).join(', ')})` : '';
    return `${label} ${ofKind.length}${detailText}`;
  });
  return { count: failed.length, line: `${failed.length} failed: ${parts.join(', ')}` };
}

/** Latency per operation, slowest p95 first. */
export function operationTable(samples: readonly Sample[]): string {
  const byOperation = new Map<string, number[]>();
  for (const s of samples) {
    if (s.outcome.kind !== 'ok') continue;
    const list = byOperation.get(s.operation) ?? [];
    list.push(s.ms);
    byOperation.set(s.operation, list);
  }
  const rows = [...byOperation].map(([name, values]) => {
    const sorted = values.sort((a, b) => a - b);
    return { name, n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  });
  rows.sort((a, b) => b.p95 - a.p95);
  const width = Math.max(9, ...rows.map((r) => r.name.length));
  return [
    `  ${'operation'.padEnd(width)}  ${'answered'.padStart(8)}  ${'p50 ms'.padStart(7)}  ${'p95 ms'.padStart(7)}`,
    ...rows.map(
      (r) =>
        `  ${r.name.padEnd(width)}  ${int(r.n).padStart(8)}  ${ms(r.p50).padStart(7)}  ${ms(r.p95).padStart(7)}`,
    ),
  ].join('\n');
}
