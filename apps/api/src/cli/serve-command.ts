import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { createApp } from '../app/create-app.js';
import type { MintqConfig } from '../config/config.js';
import { isDatabaseEmpty, loadDemo } from '../demo/load-demo.js';
import { Lifecycle } from '../health/lifecycle.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import { ReportPdfRenderer } from '../reports/report-pdf.renderer.js';
import { printDemoLogins } from './demo-logins.js';
import { describeDatabase, openConfiguredDatabase } from './open-database.js';

/**
 * `mintq serve`: API and dashboard on one port until SIGTERM or SIGINT. Then it stops
 * gracefully: `/readyz` says 503, no new connection is accepted, requests in flight get
 * `config.shutdownGraceSeconds` to finish (then their connections are cut), and the printer,
 * the database, temporary upload folders and the embedded folder's lock are let go.
 */
export async function commandServe(config: MintqConfig, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'init-demo': { type: 'boolean', default: false } } });
  const database = await openConfiguredDatabase(config, { command: 'serve' });
  // `pnpm start` on a fresh machine: an empty embedded database gets the demo data.
  if (values['init-demo'] && !config.databaseUrl && (await isDatabaseEmpty(database.db))) {
    console.log('Empty embedded database: loading the demo data …');
    const report = await loadDemo(database.db, { withLogins: !config.production });
    console.log(`Demo data loaded in ${report.durationMs} ms.`);
    if (!config.production) printDemoLogins();
  }
  const app = await createApp(database, config);
  await app.listen(config.port, config.host);
  const url = `http://${config.host}:${config.port}/`;
  database.lock?.describe(url);
  console.log(`\nmintq is running on ${url} (${describeDatabase(config)})`);
  // Chromium and the report page start in the background now, so no funder report waits for
  // them; every funder's release is built ahead (its programmes on a worker thread), now and
  // after each import, so that no funder's first request waits for it.
  void app.get(ReportPdfRenderer).warmUp();
  const releases = app.get(FunderReleases);
  releases.warmAfterImports = true;
  void releases.warmAll();

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.log(
        `\n${signal}: mintq is stopping (up to ${config.shutdownGraceSeconds} s for requests in flight) …`,
      );
      app.get(Lifecycle).stopping = true;
      const server = app.getHttpServer() as Server;
      // Requests still running when the grace period ends lose their connection.
      const cut = setTimeout(() => server.closeAllConnections(), config.shutdownGraceSeconds * 1000);
      // Keep-alive connections that sit idle would hold `close` open until they time out.
      const idle = setInterval(() => server.closeIdleConnections(), 250);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
        clearInterval(idle);
        await database.close();
      }
      console.log('mintq stopped.');
      resolve(0);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
