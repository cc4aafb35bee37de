import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ReportSnapshot } from '@mintq/contract';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { contentSecurityPolicyHeader } from '../app/security-headers.js';
import { REPO_ROOT } from '../config/config.js';
import { DEFAULT_CHROMIUM, launchChromium } from './chromium.js';

/** Where the dashboard build puts the report page (`report.html` and its assets). */
export const REPORT_DIST = join(REPO_ROOT, 'apps', 'dashboard', 'dist');

/** The made-up origin the report page is served from inside Chromium; nothing else is reachable. */
const ORIGIN = 'http://mintq.report';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Raised when there is no Chromium to print with. */
export class ChromiumNotFoundError extends Error {}

/** Options of the renderer; the defaults are the dashboard build and MINTQ_CHROMIUM. */
export interface ReportPdfRendererOptions {
  /** Folder served as the origin's root (default: MINTQ_REPORT_DIST, else apps/dashboard/dist). */
  distDir?: string;
  /** The page inside it (default: report.html). */
  page?: string;
  /** Chromium binary (default: MINTQ_CHROMIUM, else /usr/bin/chromium). */
  executablePath?: string;
  /** How long the page may take to set `data-ready` (default 30 s). */
  readyTimeoutMs?: number;
}

/** The Chromium binary to use: MINTQ_CHROMIUM, else /usr/bin/chromium when it exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.MINTQ_CHROMIUM;
  if (configured) {
    if (!existsSync(configured))
      throw new ChromiumNotFoundError(`MINTQ_CHROMIUM points to ${configured}, which does not exist`);
    return configured;
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new ChromiumNotFoundError(
    `No Chromium found to print reports: set MINTQ_CHROMIUM to the path of a Chromium or Chrome binary (${DEFAULT_CHROMIUM} does not exist)`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatDate(date: string, language: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The running header (funder and period) and footer (page X of Y) Chromium prints on each page. */
export function headerFooter(snapshot: ReportSnapshot): { header: string; footer: string } {
  const { content } = snapshot;
  const en = content.language === 'en';
  const style = 'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; margin: 0 18mm;';
  const period = `${formatDate(content.period.from, content.language)} – ${formatDate(content.period.to, content.language)}`;
  const title = en ? 'Funder report' : 'Förderbericht';
  return {
    header: `<div style="${style} display: flex; justify-content: space-between;"><span>${escapeHtml(
      `${title} ${content.funder.name}`,
    )}</span><span>${escapeHtml(period)}</span></div>`,
    footer: `<div style="${style} text-align: right;">${en ? 'Page' : 'Seite'} <span class="pageNumber"></span> ${
      en ? 'of' : 'von'
    } <span class="totalPages"></span></div>`,
  };
}

/**
 * Prints report snapshots to PDF with Chromium (playwright-core): the dashboard's report page,
 * served from disk under a made-up origin with every other request aborted, so printing needs
 * and leaks no network. One browser per process, launched on first use and closed on shutdown.
 */
export class ReportPdfRenderer implements OnApplicationShutdown {
  private context: Promise<BrowserContext> | null = null;
  private readonly files = new Map<string, Buffer>();
  private readonly distDir: string;
  private readonly page: string;
  private readonly readyTimeoutMs: number;
  private loaded: Promise<{ page: Page; problems: string[] }> | null = null;
  /** The print queue: reports print one after another on the one page. */
  private printing: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ReportPdfRendererOptions = {}) {
    this.distDir = resolve(options.distDir ?? (process.env.MINTQ_REPORT_DIST || REPORT_DIST));
    this.page = options.page ?? 'report.html';
    this.readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  }

  private launch(): Promise<BrowserContext> {
    if (!this.context) {
      const launching = (async () => {
        const browser = await launchChromium(this.options.executablePath ?? findChromium());
        // One context for all reports, its routes set once: a new context per report costs
        // seconds on a busy machine. The report page keeps no state between loads.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        await context.route('**/*', (route) => this.serve(route));
        return context;
      })();
      // A failed launch must not stick: the next report tries again (e.g. after a fix of MINTQ_CHROMIUM).
      launching.catch(() => {
        if (this.context === launching) this.context = null;
      });
      this.context = launching;
    }
    return this.context;
  }

  /** Answers the page's requests from the dist folder (kept in memory); everything else is aborted. */
  private async serve(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const file = normalize(join(this.distDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(this.distDir + sep) || !existsSync(file))
      return route.fulfill({ status: 404, body: '' });
    let body = this.files.get(file);
    if (!body) {
      body = await readFile(file);
      // Only the hashed assets are cached: report.html may be rebuilt while the server runs.
      if (file.includes(`${sep}assets${sep}`)) this.files.set(file, body);
    }
    return route.fulfill({
      status: 200,
      contentType: MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      // The policy the server sends with report.html: what prints is what works under it.
      headers: { 'content-security-policy': contentSecurityPolicyHeader() },
      body,
    });
  }

  /** Starts the browser and loads the report page, if they are not ready yet; resolves when done. A failure is not thrown here: it shows at the next print. */
  async warmUp(): Promise<void> {
    if (!existsSync(join(this.distDir, this.page))) return;
    await this.reportPage().catch(() => undefined);
  }

  /** The PDF of a report snapshot. One report prints at a time, on the one loaded report page. */
  render(snapshot: ReportSnapshot): Promise<Uint8Array> {
    const job = this.printing.then(() => this.print(snapshot));
    this.printing = job.catch(() => undefined);
    return job;
  }

  private async print(snapshot: ReportSnapshot): Promise<Uint8Array> {
    const { page, problems } = await this.reportPage();
    try {
      // Renders into the loaded page and resolves once it is printable; rejects when it cannot.
      const rendering = page.evaluate(async (data) => {
        const render = (globalThis as unknown as { __MINTQ_RENDER__?: (s: unknown) => Promise<void> })
          .__MINTQ_RENDER__;
        if (!render) throw new Error('the report page offers no __MINTQ_RENDER__');
        await render(data);
      }, snapshot);
      await withTimeout(rendering, this.readyTimeoutMs, 'the report page did not become ready (data-ready)');
      const { header, footer } = headerFooter(snapshot);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
        margin: { top: '20mm', bottom: '18mm', left: '18mm', right: '18mm' },
      });
      return new Uint8Array(pdf);
    } catch (error) {
      // A page that failed once is not trusted again: the next report loads it afresh.
      this.loaded = null;
      await page.close().catch(() => undefined);
      const detail = [error instanceof Error ? error.message : String(error), ...problems].join('; ');
      throw new Error(`The report page could not render the report: ${detail}`, { cause: error });
    }
  }

  /**
   * The report page, loaded once in printer mode (`__MINTQ_PRINTER__`) and kept: loading it and
   * its scripts through the intercepted origin took most of a PDF's time. A page rebuilt while
   * the server runs is picked up after the next failure or restart.
   */
  private reportPage(): Promise<{ page: Page; problems: string[] }> {
    if (!this.loaded) {
      const loading = (async () => {
        const pagePath = join(this.distDir, this.page);
        if (!existsSync(pagePath))
          throw new Error(
            `The report page ${pagePath} is missing: build it with \`pnpm --filter @mintq/dashboard build\``,
          );
        const context = await this.launch();
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        try {
          await page.addInitScript(() => {
            (globalThis as unknown as { __MINTQ_PRINTER__: boolean }).__MINTQ_PRINTER__ = true;
          });
          await page.goto(`${ORIGIN}/${this.page}`, { waitUntil: 'load' });
          // 'idle': ready for reports; 'error': the page cannot render any (fail at once). A
          // selector, not waitForFunction: that compiles its test in the page, which the CSP forbids.
          await page
            .locator('body[data-ready="idle"], body[data-ready="error"]')
            .waitFor({ state: 'attached', timeout: this.readyTimeoutMs });
          if ((await page.evaluate<string | undefined>('document.body.dataset.ready')) !== 'idle')
            throw new Error(
              `the page could not render the report${problems.length ? `: ${problems.join('; ')}` : ''}`,
            );
          return { page, problems };
        } catch (error) {
          await page.close().catch(() => undefined);
          throw new Error(
            `The report page could not render the report (${error instanceof Error ? error.message : String(error)})`,
            { cause: error },
          );
        }
      })();
      // A failed load must not stick: the next report tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = null;
      });
      this.loaded = loading;
    }
    return this.loaded;
  }

  /** Closes the browser, if one was launched. */
  async close(): Promise<void> {
    this.loaded = null;
    const context = this.context;
    this.context = null;
    if (context) await (await context.catch(() => null))?.browser()?.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/** `promise`, or an error with `message` after `ms` milliseconds. */
async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
