import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonDataCounts', { description: 'Rows of one person, per kind: what an erasure removes.' })
export class PersonDataCountsType {
  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  enrollments: number;

  @Field(() => Int, { description: 'Survey responses (anonymous ones are nobody’s and not counted).' })
  responses: number;

  @Field(() => Int, { description: 'Answers within those responses.' })
  answers: number;

  @Field(() => Int, { description: 'Impact goals.' })
  goals: number;

  @Field(() => Int, { description: 'Check-ins on those goals.' })
  checkins: number;

  @Field(() => Int, { description: 'Transfer activities the person ran.' })
  activities: number;

  @Field(() => Int, { description: 'Initiatives those activities reached (links, not initiatives).' })
  activityLinks: number;
}

@ObjectType('PersonExport', {
  description: 'What mintq holds about one participant (GDPR Art. 15), for admins.',
})
export class PersonExportType {
  @Field(() => String)
  key: string;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { description: 'The name of the person’s network.' })
  network: string;

  @Field(() => [String], { description: 'Keys of the cohorts the person is enrolled in.' })
  cohorts: string[];

  @Field(() => PersonDataCountsType)
  counts: PersonDataCountsType;

  @Field(() => Int, { description: 'Import batches whose recorded problems name the key.' })
  importBatches: number;

  @Field(() => String, {
    description: 'The whole export as JSON text, exactly as `pnpm mintq person export <key>` prints it.',
  })
  document: string;
}

@ObjectType('PersonErasure', { description: 'A done erasure (GDPR Art. 17) and what it removed.' })
export class PersonErasureType {
  @Field(() => Int, { description: 'The erasure’s number in the register of erasures.' })
  id: number;

  @Field(() => String)
  key: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  erasedAt: string;

  @Field(() => PersonDataCountsType)
  removed: PersonDataCountsType;

  @Field(() => Int, {
    description: 'The import batch recording the change; funder figures are built again from it.',
  })
  importBatchId: number;
}
