import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProtectedRelease } from './protect-release.js';
import type { AuditedCell, ReleaseCell, ReleaseObject, ReleaseRelation } from './release-model.js';

export interface ProtectionRequest {
  id: number;
  objects: readonly ReleaseObject[];
  cells: readonly ReleaseCell[];
  relations: readonly ReleaseRelation[];
  k: number;
  exactAudit: boolean;
}

export type ProtectionResponse =
  | { id: number; protection: ProtectedRelease; audited: AuditedCell[]; error?: undefined }
  | { id: number; error: string };

export interface ProtectionResult {
  protection: ProtectedRelease;
  /** The protection's own audit, or each audited cell's exact interval with `exactAudit`. */
  audited: AuditedCell[];
}

/**
 * `protectRelease` (and with `exactAudit` `auditRelease`) on a worker thread of their own.
 * Protecting a funder's release solves thousands of linear programmes, seconds to tens of
 * seconds of synchronous WebAssembly: on the server's main thread that froze every other user.
 * One worker per process, started on first use; it does not keep the process alive.
 */
export class ReleaseProtector {
  private current: RunningWorker | null = null;
  private nextId = 1;

  protect(request: Omit<ProtectionRequest, 'id'>): Promise<ProtectionResult> {
    const { worker, pending } = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id } satisfies ProtectionRequest);
    });
  }

  /** Ends the worker; protections in flight fail. */
  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (current) await current.worker.terminate();
  }

  private start(): RunningWorker {
    if (this.current) return this.current;
    const worker = new Worker(workerFile());
    worker.unref();
    // Per worker: one that ends fails only what was sent to it, not what a successor holds.
    const pending: RunningWorker['pending'] = new Map();
    worker.on('message', (response: ProtectionResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (pending.size === 0) worker.unref();
      if (!waiting) return;
      if (response.error !== undefined)
        waiting.reject(new Error(`protecting the release failed: ${response.error}`));
      else waiting.resolve({ protection: response.protection, audited: response.audited });
    });
    const fail = (error: Error) => {
      if (this.current?.worker === worker) this.current = null;
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the release protection worker ended (exit code ${code})`)));
    this.current = { worker, pending };
    return this.current;
  }
}

interface RunningWorker {
  worker: Worker;
  pending: Map<number, { resolve: (result: ProtectionResult) => void; reject: (error: Error) => void }>;
}

/** Built, the worker sits beside this file; this package's tests run the sources, so they use the build. */
function workerFile(): URL {
  const beside = new URL('./protect-release-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return beside;
  const built = new URL('../dist/protect-release-worker.js', import.meta.url);
  if (!existsSync(built))
    throw new Error(
      `the release protection worker is not built (${fileURLToPath(built)}): run pnpm --filter @mintq/metrics build`,
    );
  return built;
}
