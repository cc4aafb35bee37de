/** Why an import stopped before its end: its time ran out, or whoever started it went away. */
export class ImportStopped extends Error {
  /** The message, with a stable code and its values for the dashboard to word (import-report.ts). */
  constructor(
    message: string,
    readonly code = 'import_cancelled',
    readonly params: Record<string, number> = {},
  ) {
    super(message);
  }
}

/**
 * What one import may spend: a signal that aborts (with an ImportStopped) when its time limit
 * passes or the caller's signal aborts (an HTTP client that left), and the time left for the
 * database. `end()` when the import is over, so no timer outlives it.
 */
export interface ImportBudget {
  signal: AbortSignal;
  /** The reason the time limit gives, also for a statement the database cut off. */
  timeUp: ImportStopped;
  remainingMs(): number;
  end(): void;
}

export function startImportBudget(timeLimitSeconds: number, caller?: AbortSignal): ImportBudget {
  const controller = new AbortController();
  const limitMs = timeLimitSeconds * 1000;
  const deadline = Date.now() + limitMs;
  const timeUp = new ImportStopped(
    `the import took longer than its time limit of ${timeLimitSeconds} s`,
    'import_time_limit',
    { seconds: timeLimitSeconds },
  );
  const timer = setTimeout(() => controller.abort(timeUp), limitMs);
  const onCallerAbort = () =>
    controller.abort(
      caller?.reason instanceof ImportStopped ? caller.reason : new ImportStopped('the import was cancelled'),
    );
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timeUp,
    remainingMs: () => Math.max(0, deadline - Date.now()),
    end() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}
