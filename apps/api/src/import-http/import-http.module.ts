import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module.js';
import { ImportBatchesRepository } from './import-batches.repository.js';
import { ImportBatchesResolver } from './import-batches.resolver.js';
import { ImportBatchesService } from './import-batches.service.js';
import { ImportUploadService } from './import-upload.service.js';
import { ImportsController } from './imports.controller.js';
import { UploadFolders } from './upload-folders.js';

/**
 * `POST /api/imports` (uploads through the importer) and the `importBatches` history; the
 * upload folders are removed when the app shuts down (UploadFolders).
 */
@Module({
  imports: [ReleasesModule],
  controllers: [ImportsController],
  providers: [
    UploadFolders,
    ImportUploadService,
    ImportBatchesRepository,
    ImportBatchesService,
    ImportBatchesResolver,
  ],
})
export class ImportHttpModule {}
