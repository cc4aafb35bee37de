// Entry of report.html, the page the server prints to PDF. It loads nothing over the network:
// the snapshot is injected as window.__MINTQ_REPORT__ before this script runs, and fonts and
// styles are bundled. The printer waits for body[data-ready="true"].
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@mintq/ui/styles.css';
import type { ReportSnapshot } from '@mintq/contract';
import { fill, reportCatalogue } from '@mintq/report-model';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ReportDocument } from './ReportDocument.js';

declare global {
  interface Window {
    /** The report to print, injected by the server before page scripts run. */
    __MINTQ_REPORT__?: ReportSnapshot;
    /** Set by the server's printer: keep the page loaded and render each report on request. */
    __MINTQ_PRINTER__?: boolean;
    /** Renders a report into the loaded page; resolves once it is printable (data-ready="true"). */
    __MINTQ_RENDER__?: (snapshot: ReportSnapshot) => Promise<void>;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function main(): Promise<void> {
  const container = document.getElementById('report');
  if (!container) return;
  // A broken snapshot must fail the print job at once, not leave the printer waiting for ready.
  const root = createRoot(container, {
    onUncaughtError: (error) => {
      console.error(error);
      document.body.dataset.ready = 'error';
    },
  });
  const snapshot = window.__MINTQ_REPORT__;
  if (snapshot?.content !== undefined) {
    await render(root, snapshot);
    return;
  }
  if (window.__MINTQ_PRINTER__) {
    // The printer loads this page once and prints report after report into it: loading the
    // page and its scripts took most of a PDF's time.
    window.__MINTQ_RENDER__ = (next) => render(root, next);
    document.body.dataset.ready = 'idle';
    return;
  }
  // Both languages: without a snapshot we do not know which one the reader wants.
  flushSync(() =>
    root.render(
      <div className="rp-message" role="alert">
        <h1>{reportCatalogue.de.noSnapshotTitle}</h1>
        <p>{reportCatalogue.de.noSnapshot}</p>
        <p lang="en">{reportCatalogue.en.noSnapshot}</p>
      </div>,
    ),
  );
  document.body.dataset.ready = 'error';
}

async function render(root: Root, snapshot: ReportSnapshot): Promise<void> {
  document.body.dataset.ready = 'rendering';
  const { content } = snapshot;
  const t = reportCatalogue[content.language] ?? reportCatalogue.de;
  document.documentElement.lang = content.language;
  document.title = fill(t.documentTitle, {
    funder: content.funder.name,
    from: content.period.from,
    to: content.period.to,
  });
  flushSync(() =>
    root.render(
      <StrictMode>
        <ReportDocument key={snapshot.meta.contentHash} snapshot={snapshot} />
      </StrictMode>,
    ),
  );
  // Fonts load only once text using them is laid out; wait a frame for layout, then for the
  // fonts, then one more frame so the final glyph metrics are painted before printing.
  await nextFrame();
  await document.fonts.ready;
  await nextFrame();
  if (document.body.dataset.ready !== 'error') document.body.dataset.ready = 'true';
  else throw new Error('the report could not be rendered');
}

void main();
