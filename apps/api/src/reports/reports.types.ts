import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';
import { FunderType } from '../funders/funders.types.js';

@ObjectType('FunderReport', {
  description: 'A frozen funder report: the numbers as they were when it was made, with their fingerprint.',
})
export class FunderReportType {
  @Field(() => ID)
  id: string;

  @Field(() => FunderType)
  funder: FunderType;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => String, { description: 'de or en' })
  language: string;

  @Field(() => String, { description: 'ISO 8601 timestamp.' })
  createdAt: string;

  @Field(() => String, { description: 'sha256 of the canonical JSON of the frozen numbers.' })
  contentHash: string;

  @Field(() => String, { description: 'GET with the same bearer token.' })
  pdfUrl: string;

  @Field(() => String, { description: 'GET with the same bearer token.' })
  xlsxUrl: string;

  @Field(() => String, {
    description: 'The snapshot (content and meta) as JSON; GET with the same bearer token.',
  })
  jsonUrl: string;
}
