import { problemText } from '@mintq/contract';
import type { DB } from '@mintq/schema';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { MINTQ_CONFIG, type MintqConfig } from '../config/config.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.module.js';
import { openBundleSource } from '../import/bundle-source.js';
import { ImportRepository } from '../import/import.repository.js';
import { ImportService } from '../import/import.service.js';
import {
  emptyImportReport,
  formatProblem,
  type ImportProblem,
  type ImportReport,
} from '../import/import.types.js';
import { FunderReleases } from '../releases/funder-releases.service.js';
import { inspectZip } from './inspect-zip.js';
import { receiveUpload, UPLOAD_LIMITS, type UploadedFile, type UploadLimits } from './multipart-upload.js';
import { UploadFolders } from './upload-folders.js';

/** The answer to an upload: 200 when imported (or valid, in a dry run), 422 with the problems otherwise. */
export interface UploadOutcome {
  status: 200 | 422;
  report: ImportReport;
}

/**
 * `POST /api/imports`: writes the uploaded files to a folder of its own (UploadFolders), checks
 * their names and shape (one `.zip`, or `.csv` files), runs them through the same importer as
 * `mintq import` within the import time limit, recording who imported, and removes the folder
 * again whatever happens. `signal` stops the import (the client went away).
 */
@Injectable()
export class ImportUploadService {
  private readonly db: Kysely<DB>;

  private readonly limits: UploadLimits = UPLOAD_LIMITS;

  constructor(
    @Inject(DATABASE) database: Database,
    @Inject(MINTQ_CONFIG) private readonly config: MintqConfig,
    private readonly folders: UploadFolders,
    private readonly releases: FunderReleases,
  ) {
    this.db = database.db;
  }

  async importUpload(
    req: Request,
    viewer: Viewer,
    dryRun: boolean,
    signal: AbortSignal,
    overwriteAppEntries = false,
  ): Promise<UploadOutcome> {
    const startedAt = new Date();
    const dir = await this.folders.create();
    try {
      const upload = await receiveUpload(req, dir, this.limits);
      const description = `upload: ${upload.files.map((f) => f.name).join(', ') || '-'}`;
      const problems = shapeProblems(upload.files);
      const zip = upload.files.length === 1 && isZip(upload.files[0]) ? upload.files[0] : undefined;
      if (problems.length === 0 && zip) problems.push(...(await inspectZip(zip.path, zip.name, this.limits)));
      // A file refused by its name (a spreadsheet next to the CSVs) does not hide the problems of
      // the files beside it: they are checked too, and every problem is reported at once.
      if (problems.length > 0 || upload.files.length === 0)
        return {
          status: 422,
          report: await this.refuse(
            viewer,
            dryRun,
            description,
            [...upload.problems, ...problems],
            startedAt,
          ),
        };

      const opened = await openBundleSource(zip ? zip.path : dir);
      // The batch names what the user uploaded, not the temporary folder it passed through.
      const source = { ...opened, description };
      try {
        const report = await new ImportService(this.db).importBundle(source, {
          dryRun,
          overwriteAppEntries,
          problems: upload.problems,
          actor: viewer.email,
          userId: viewer.userId,
          signal,
          timeLimitSeconds: this.config.importTimeLimitSeconds,
        });
        if (report.ok && !dryRun) this.releases.afterImport();
        return { status: report.ok ? 200 : 422, report };
      } finally {
        await source.close();
      }
    } finally {
      await this.folders.remove(dir);
    }
  }

  /** A report for files refused before the importer saw them, recorded as a rejected batch like the importer's own. */
  private async refuse(
    viewer: Viewer,
    dryRun: boolean,
    source: string,
    problems: ImportProblem[],
    startedAt: Date,
  ): Promise<ImportReport> {
    const errors = problems.map(formatProblem);
    const batchId = dryRun
      ? null
      : await new ImportRepository(this.db).recordBatch(this.db, {
          userId: viewer.userId,
          actor: viewer.email,
          source,
          startedAt,
          outcome: 'rejected',
          files: [],
          counts: { inserted: {}, updated: {}, unchanged: {}, deleted: {}, skipped: {} },
          errors,
        });
    return {
      ...emptyImportReport(dryRun),
      batchId,
      errors,
      problems,
      durationMs: Date.now() - startedAt.getTime(),
    };
  }
}

function isZip(file: UploadedFile | undefined): boolean {
  return file?.name.toLowerCase().endsWith('.zip') ?? false;
}

/** A bundle is one `.zip` or a set of `.csv` files: a zip next to other files is ambiguous. */
function shapeProblems(files: UploadedFile[]): ImportProblem[] {
  if (files.length < 2) return [];
  return files.filter(isZip).map((file) => ({
    file: file.name,
    line: 0,
    column: '-',
    ...problemText(
      'zip_with_other_files',
      {},
      'upload either one .zip bundle or the bundle’s .csv files, not a .zip together with other files',
    ),
  }));
}
