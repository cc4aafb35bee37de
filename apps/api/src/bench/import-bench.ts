// `pnpm bench:import`: how fast a large bundle goes in, on PGlite and on PostgreSQL.
// A script, not a test: it prints rows per second; the README keeps the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../database/database.js';
import { migrateToLatest } from '../database/migrate.js';
import { writeBundleToFolder } from '../demo/write-bundle-folder.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportService } from '../import/import.service.js';
import type { ImportReport } from '../import/import.types.js';
import { createScratchDatabase, POSTGRES_URL, type ScratchDatabase } from './api-bench-support.js';
import { generateBenchBundle } from './generate-bench-bundle.js';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 5000);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 500_000);

function totalRows(report: ImportReport, counts: 'inserted' | 'unchanged'): number {
  return Object.values(report[counts]).reduce((a, b) => a + (b ?? 0), 0);
}

async function runImport(database: Database, dir: string) {
  const service = new ImportService(database.db);
  const source = await openBundleSource(dir);
  const started = performance.now();
  const report = await service.importBundle(source, { actor: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  if (!report.ok) throw new Error(`bench bundle rejected: ${report.errors.slice(0, 5).join('; ')}`);
  return { report, seconds };
}

async function benchmark(label: string, database: Database, dir: string) {
  await migrateToLatest(database.db);
  const first = await runImport(database, dir);
  const again = await runImport(database, dir);
  const rows = totalRows(first.report, 'inserted');
  console.log(
    `${label.padEnd(12)} first import ${first.seconds.toFixed(1).padStart(6)} s ${Math.round(
      rows / first.seconds,
    )
      .toLocaleString('en')
      .padStart(9)} rows/s` +
      ` | re-import (unchanged) ${again.seconds.toFixed(1).padStart(6)} s ${Math.round(
        totalRows(again.report, 'unchanged') / again.seconds,
      )
        .toLocaleString('en')
        .padStart(9)} rows/s`,
  );
}

async function main() {
  const started = performance.now();
  const files = generateBenchBundle({ participants: PARTICIPANTS, answersTarget: ANSWERS });
  const dir = await mkdtemp(join(tmpdir(), 'mintq-bench-'));
  await writeBundleToFolder(files, dir);
  const probe = await openDatabase({ memory: true });
  await migrateToLatest(probe.db);
  const dry = await new ImportService(probe.db).importBundle(await openBundleSource(dir), { dryRun: true });
  await probe.close();
  console.log(
    `Bundle: ${dry.inserted.participants} participants, ${dry.inserted.responses} responses, ${dry.inserted.answers?.toLocaleString('en')} answers, ` +
      `${dry.inserted.activities} activities; ${totalRows(dry, 'inserted').toLocaleString('en')} rows in all ` +
      `(generated, then checked by a dry run on in-memory PGlite, in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  const dataDir = await mkdtemp(join(tmpdir(), 'mintq-bench-pglite-'));
  const pglite = await openDatabase({ dataDir });
  try {
    await benchmark('PGlite', pglite, dir);
  } finally {
    await pglite.close();
    await rm(dataDir, { recursive: true, force: true });
  }

  let scratch: ScratchDatabase;
  try {
    scratch = await createScratchDatabase();
  } catch (error) {
    console.log(`PostgreSQL   skipped: cannot connect to ${POSTGRES_URL} (${(error as Error).message})`);
    await rm(dir, { recursive: true, force: true });
    return;
  }
  try {
    await benchmark('PostgreSQL', scratch.database, dir);
  } finally {
    // Waits for the pool's connections to end before dropping: dropping under a connection
    // still saying goodbye crashed the script with 57P01.
    await scratch.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
