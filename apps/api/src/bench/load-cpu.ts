// CPU time of the measured server's threads, from Linux's /proc: whether the main thread (HTTP,
// GraphQL, statistics) or another (the PGlite worker) was the one that ran out of time.
import { readdirSync, readFileSync } from 'node:fs';

/** Seconds of CPU (user + system) per thread id. */
export type ThreadTimes = Map<number, number>;

const TICKS_PER_SECOND = 100;

function cpuSeconds(statFile: string): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(statFile, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The threads' CPU times of process `pid`; empty where there is no /proc. */
export function threadTimes(pid: number): ThreadTimes {
  const times: ThreadTimes = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`))
      times.set(Number(tid), cpuSeconds(`/proc/${pid}/task/${tid}/stat`));
  } catch {
    // Not Linux, or the process is gone.
  }
  return times;
}

/**
 * "main thread 0.93 cores, busiest other thread 0.41, whole process 1.52 (12.0 ms per answered
 * request)" over `seconds`: the last figure does not depend on what else ran on the machine.
 */
export function describeCpu(
  pid: number,
  before: ThreadTimes,
  after: ThreadTimes,
  seconds: number,
  answered: number,
): string {
  if (after.size === 0) return 'n/a (no /proc)';
  const used = [...after].map(([tid, t]) => ({ tid, cores: (t - (before.get(tid) ?? 0)) / seconds }));
  const main = used.find((u) => u.tid === pid)?.cores ?? 0;
  const others = used.filter((u) => u.tid !== pid).sort((a, b) => b.cores - a.cores);
  const total = used.reduce((sum, u) => sum + u.cores, 0);
  const perRequest =
    answered > 0 ? ` (${((total * seconds * 1000) / answered).toFixed(1)} ms per answered request)` : '';
  return `main thread ${main.toFixed(2)} cores, busiest other thread ${(others[0]?.cores ?? 0).toFixed(2)}, whole process ${total.toFixed(2)}${perRequest}`;
}
