import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoType } from '../catalog/catalog.types.js';

/** How an import ended (stored as imported/rejected). */
export const ImportOutcome = {
  IMPORTED: 'IMPORTED',
  REJECTED: 'REJECTED',
} as const;

export type ImportOutcome = (typeof ImportOutcome)[keyof typeof ImportOutcome];

registerEnumType(ImportOutcome, {
  name: 'ImportOutcome',
  description: 'IMPORTED: everything was written; REJECTED: the bundle had problems and nothing was written.',
});

@ObjectType('ImportBatchFile', { description: 'One file of an import batch, with its fingerprint.' })
export class ImportBatchFileType {
  @Field(() => String)
  name: string;

  @Field(() => Int)
  bytes: number;

  @Field(() => String, { description: 'sha256 of the file’s bytes (hex).' })
  sha256: string;
}

@ObjectType('ImportEntityCount', {
  description: 'What an import did to one entity (programs … activities, and answers within responses).',
})
export class ImportEntityCountType {
  @Field(() => String)
  entity: string;

  @Field(() => Int)
  inserted: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int, { description: 'Answers or check-ins a re-import removed.' })
  deleted: number;

  @Field(() => Int, { description: 'Incomplete responses passed over.' })
  skipped: number;
}

@ObjectType('ImportBatch', {
  description:
    'One recorded import (web upload, `mintq import` or demo data). Dry runs write nothing and are not recorded.',
})
export class ImportBatchType {
  @Field(() => Int)
  id: number;

  @Field(() => ImportOutcome)
  outcome: ImportOutcome;

  @Field(() => String, { description: 'Who imported: the user’s e-mail, or `cli` / `demo`.' })
  actor: string;

  @Field(() => String, { description: 'What was imported: the uploaded file names, or the CLI’s path.' })
  source: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  startedAt: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  finishedAt: string;

  @Field(() => [ImportBatchFileType])
  files: ImportBatchFileType[];

  @Field(() => [ImportEntityCountType], { description: 'Per entity, in import order; empty when rejected.' })
  counts: ImportEntityCountType[];

  @Field(() => Int)
  errorCount: number;

  @Field(() => [String], {
    description: 'The first 20 problems as `file:line: column: message` (all of them: errorCount).',
  })
  errors: string[];
}

@ObjectType('ImportBatchConnection')
export class ImportBatchConnectionType {
  @Field(() => [ImportBatchType], { description: 'Newest first.' })
  nodes: ImportBatchType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int)
  totalCount: number;
}

@ArgsType()
export class ImportBatchesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 … 100; default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}
