import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportSnapshot } from '@mintq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportPdfRenderer } from './report-pdf.renderer.js';

// A page that cannot render says data-ready="error": the renderer must fail at once with that,
// not wait out its timeout and then speak of a timeout.
describe('ReportPdfRenderer with a page that cannot render', () => {
  let dir: string;
  let renderer: ReportPdfRenderer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mintq-report-page-'));
    // A script file: the page is served under the CSP, which runs no inline script.
    await writeFile(
      join(dir, 'report.html'),
      '<!doctype html><html><body><script src="/broken.js"></script></body></html>',
    );
    await writeFile(join(dir, 'broken.js'), 'document.body.dataset.ready = "error";');
    renderer = new ReportPdfRenderer({ distDir: dir, readyTimeoutMs: 20_000 });
  });
  afterAll(async () => {
    await renderer.onApplicationShutdown();
    await rm(dir, { recursive: true, force: true });
  });

  it('throws that the page could not render, well before the timeout', async () => {
    const snapshot = {
      content: { language: 'de', funder: { name: 'Test' }, period: { from: '2025-01-01', to: '2025-12-31' } },
    } as unknown as ReportSnapshot;
    const started = Date.now();
    await expect(renderer.render(snapshot)).rejects.toThrow(/could not render the report/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
