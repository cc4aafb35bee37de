// `pnpm bench:report`: how long a funder report takes on the demo data, numbers and PDF.
// A script, not a test: it prints the times; the target is under 3 s for the whole PDF.
import 'reflect-metadata';
import { createApp } from '../app/create-app.js';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { loadDemo } from '../demo/load-demo.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import { ReportPdfRenderer } from '../reports/report-pdf.renderer.js';
import { ReportsService } from '../reports/reports.service.js';
import { todayInBerlin } from '../scope/scope.service.js';

const TARGET_SECONDS = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const seconds = (since: number) => (performance.now() - since) / 1000;
const format = (s: number) => `${s.toFixed(2).padStart(6)} s`;

async function main(): Promise<number> {
  const database = await openDatabase({ memory: true });
  await migrateToLatest(database.db);
  await loadDemo(database.db, { withLogins: false });
  // A report covers one calendar year of the funder's release: the last complete one.
  const year = Number(todayInBerlin().slice(0, 4)) - 1;
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const config = readConfig({
    ...process.env,
    MINTQ_LOG_LEVEL: 'warn',
    MINTQ_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  });
  const app = await createApp(database, config);
  let worst = 0;
  try {
    await app.init();
    // As `mintq serve` does at start, in the background: Chromium and the report page, once per
    // server process, and every funder's release (without it, a funder's first report waits for
    // its release: tens of seconds, which is not the report's time).
    const warming = performance.now();
    await app.get(ReportPdfRenderer).warmUp();
    console.log(
      `Printer start (Chromium and the report page, once when the server starts): ${format(seconds(warming))}`,
    );
    const building = performance.now();
    await app.get(FunderReleases).warmAll();
    console.log(
      `Funder releases built ahead (when the server starts and after an import): ${format(seconds(building))}`,
    );
    const reports = app.get(ReportsService);
    const viewer = { userId: 0, email: 'bench', role: 'ADMIN', funderId: null, funderKey: null } as const;
    console.log(`Funder report on the demo data (PGlite), ${period.from} – ${period.to}`);
    console.log(
      `${'run'.padEnd(22)}${'numbers'.padStart(10)}${'PDF'.padStart(10)}${'XLSX'.padStart(10)}${'total'.padStart(10)}`,
    );
    for (const funder of ['aqtivator', 'telekom-stiftung']) {
      for (let run = 1; run <= RUNS; run++) {
        const started = performance.now();
        const report = await reports.generate(viewer, { funder, ...period, language: 'de' });
        const numbers = seconds(started);
        const pdfStarted = performance.now();
        await reports.download(viewer, report.id, 'pdf');
        const pdf = seconds(pdfStarted);
        const xlsxStarted = performance.now();
        await reports.download(viewer, report.id, 'xlsx');
        const xlsx = seconds(xlsxStarted);
        // The target is for numbers and PDF: what a project lead waits for before sending.
        const total = numbers + pdf;
        worst = Math.max(worst, total);
        const label = `${funder} #${run}${funder === 'aqtivator' && run === 1 ? ' (first)' : ''}`;
        console.log(
          `${label.padEnd(22)}${format(numbers).padStart(10)}${format(pdf).padStart(10)}${format(xlsx).padStart(10)}${format(total).padStart(10)}`,
        );
      }
    }
  } finally {
    await app.close();
    await database.close();
  }
  console.log(
    `slowest report with PDF: ${worst.toFixed(2)} s (target < ${TARGET_SECONDS} s) ${worst < TARGET_SECONDS ? 'ok' : 'TOO SLOW'}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
