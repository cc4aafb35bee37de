import { parentPort } from 'node:worker_threads';
import { auditRelease } from './audit-release.js';
import { createHighsBoundsSolver } from './create-highs-bounds-solver.js';
import { protectRelease } from './protect-release.js';
import type { ProtectionRequest, ProtectionResponse } from './protect-release-in-worker.js';

// The worker thread of protect-release-in-worker.ts: one HiGHS for its lifetime, one release
// protected at a time (each solve is synchronous WebAssembly, which is why it runs here).
const port = parentPort;
if (!port) throw new Error('protect-release-worker.js runs only as a worker thread');
const solver = createHighsBoundsSolver();

port.on('message', async ({ id, objects, cells, relations, k, exactAudit }: ProtectionRequest) => {
  try {
    const bounds = await solver;
    const protection = protectRelease({ objects, cells, relations, k, solver: bounds });
    const audited = exactAudit
      ? auditRelease({ ...protection, objects, cells, relations, k, solver: bounds })
      : protection.audit;
    port.postMessage({ id, protection, audited } satisfies ProtectionResponse);
  } catch (error) {
    port.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ProtectionResponse);
  }
});
