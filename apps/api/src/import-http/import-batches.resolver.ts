import { Args, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../auth/can.decorator.js';
import { ImportBatchesService } from './import-batches.service.js';
import { ImportBatchConnectionType, ImportBatchesArgs } from './import-batches.types.js';

@Resolver(() => ImportBatchConnectionType)
export class ImportBatchesResolver {
  constructor(private readonly service: ImportBatchesService) {}

  @Can('importData')
  @Query(() => ImportBatchConnectionType, {
    description: 'The import history, newest first (ADMIN and PROJECT_LEAD).',
  })
  importBatches(@Args() args: ImportBatchesArgs): Promise<ImportBatchConnectionType> {
    return this.service.listBatches(args);
  }
}
