// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@mintq/api/chromium';
import type { ReportSnapshot } from '@mintq/contract';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The printed report end to end: report.html built by Vite, opened in a real Chromium with no
// network (as the API's printer does), a real snapshot injected, printed to A4.
const appDir = fileURLToPath(new URL('../../', import.meta.url));
const ORIGIN = 'http://mintq.report';
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function fixture(name: string): ReportSnapshot {
  return JSON.parse(readFileSync(join(appDir, 'src/report/fixtures', name), 'utf8')) as ReportSnapshot;
}

let outDir: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mintq-report-page-'));
  // Only the report entry, into a scratch folder: the test must not depend on (or clobber)
  // the dashboard's dist.
  await build({
    root: appDir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: { report: join(appDir, 'report.html') } },
    },
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens report.html from the scratch build; every request off the made-up origin is recorded and aborted. */
async function openReport(
  snapshot: ReportSnapshot | null,
): Promise<{ page: Page; offline: string[]; errors: string[] }> {
  const context = await browser.newContext();
  const offline: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      offline.push(url.href);
      return route.abort('blockedbyclient');
    }
    const file = normalize(join(outDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(outDir + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: MIME[extname(file)], body: readFileSync(file) });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  if (snapshot)
    await page.addInitScript((data) => {
      (globalThis as unknown as { __MINTQ_REPORT__: unknown }).__MINTQ_REPORT__ = data;
    }, snapshot);
  await page.goto(`${ORIGIN}/report.html`);
  return { page, offline, errors };
}

/** The text of each page of a PDF, by poppler's pdftotext (pages split at form feeds). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(outDir, `print-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

describe('report.html in Chromium', () => {
  it('renders an injected snapshot offline, with the bundled font, and sets data-ready', async () => {
    const snapshot = fixture('report-telekom-de.json');
    const { page, offline, errors } = await openReport(snapshot);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(offline).toEqual([]);
    const font = await page.evaluate(() =>
      [...document.fonts].some((f) => f.family.includes('Source Sans 3') && f.status === 'loaded'),
    );
    expect(font).toBe(true);
    expect(await page.title()).toContain(snapshot.content.funder.name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.context().close();
  }, 60_000);

  it('prints to A4 with the cover on its own page, the chapters in order and suppressed values as •', async () => {
    const snapshot = fixture('report-telekom-de.json');
    const { page } = await openReport(snapshot);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 30_000 });
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    await page.context().close();
    const chapters = [
      'Zusammenfassung in Zahlen',
      'Leistungen',
      'Wirkungen',
      'Reichweite',
      'Transferwerkstatt-Feedback',
      'Methodik',
    ];
    // The first chapter opens the second page; the others follow on without a forced page
    // break (a short chapter must not leave a page mostly empty), in order.
    expect(pages[1]?.trimStart().startsWith(chapters[0] ?? '')).toBe(true);
    const body = pages.slice(1).join('\n');
    const starts = chapters.map((title) => body.search(new RegExp(`^\\s*${title}\\s*$`, 'm')));
    for (const [i, start] of starts.entries()) expect(start, chapters[i]).toBeGreaterThanOrEqual(0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(pages[0]).toContain(snapshot.content.funder.name);
    expect(pages[0]).toContain(snapshot.meta.contentHash);
    expect(pages.join('\n')).toContain('•');
    expect(pages.join('\n')).toContain('weniger als 5 Personen');
  }, 60_000);

  it('says so when no snapshot was injected, instead of printing an empty report', async () => {
    const { page, errors } = await openReport(null);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('error');
    expect(await page.getByRole('alert').textContent()).toContain('Kein Bericht geladen');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
