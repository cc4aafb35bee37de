import { Module } from '@nestjs/common';
import { ImportBatchesRepository } from './import-batches.repository.js';
import { ImportBatchesResolver } from './import-batches.resolver.js';
import { ImportBatchesService } from './import-batches.service.js';
import { ImportUploadService } from './import-upload.service.js';
import { ImportsController } from './imports.controller.js';

/** `POST /api/imports` (uploads through the importer) and the `importBatches` history. */
@Module({
  controllers: [ImportsController],
  providers: [ImportUploadService, ImportBatchesRepository, ImportBatchesService, ImportBatchesResolver],
})
export class ImportHttpModule {}
