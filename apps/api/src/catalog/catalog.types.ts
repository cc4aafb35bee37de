import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/date.scalar.js';

@ObjectType('PageInfo', { description: 'Cursor pagination: pass `endCursor` as `after` for the next page.' })
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('Network', { description: 'A MINT region (regional STEM network) in one state.' })
export class NetworkType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'ISO 3166-2:DE code' })
  state: string;

  @Field(() => String, { nullable: true, description: 'urban, rural or mixed' })
  kind: string | null;

  @Field(() => Int)
  initiatives: number;

  @Field(() => Int, { description: 'Participants from this network, over all cohorts.' })
  participants: number;
}

@ObjectType('Initiative', {
  description: 'A local initiative of a network: a school, club, student lab, company, …',
})
export class InitiativeType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  kind: string | null;

  @Field(() => String)
  network: string;

  @Field(() => String)
  state: string;
}

@ObjectType('InitiativeConnection')
export class InitiativeConnectionType {
  @Field(() => [InitiativeType])
  nodes: InitiativeType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('ParticipantEnrollment')
export class ParticipantEnrollmentType {
  @Field(() => String)
  cohort: string;

  @Field(() => String, { description: 'enrolled, completed or withdrawn' })
  status: string;

  @Field(() => DateScalar, { nullable: true })
  certifiedOn: string | null;
}

@ObjectType('Participant', {
  description: 'A network coordinator, by pseudonymous key. Name and e-mail only for ADMIN and PROJECT_LEAD.',
})
export class ParticipantType {
  @Field(() => String)
  key: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The network key. For ANALYST null unless the network has at least k participants (MINTQ_SUPPRESSION_K; when only one network is smaller, the smallest of the others is null too), so that a key never points to a small network.',
  })
  network: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-2:DE code of the network; null whenever `network` is.',
  })
  state: string | null;

  @Field(() => [ParticipantEnrollmentType])
  enrollments: ParticipantEnrollmentType[];

  @Field(() => String, {
    nullable: true,
    description: 'Personal data: ADMIN and PROJECT_LEAD only (others: FORBIDDEN).',
  })
  displayName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Personal data: ADMIN and PROJECT_LEAD only (others: FORBIDDEN).',
  })
  email: string | null;
}

@ObjectType('ParticipantConnection')
export class ParticipantConnectionType {
  @Field(() => [ParticipantType])
  nodes: ParticipantType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('Item', { description: 'A questionnaire item.' })
export class ItemType {
  @Field(() => String)
  code: string;

  @Field(() => String, { nullable: true })
  dimension: string | null;

  @Field(() => String, { nullable: true })
  textDe: string | null;

  @Field(() => String, { nullable: true })
  textEn: string | null;

  @Field(() => Int)
  scaleMin: number;

  @Field(() => Int)
  scaleMax: number;

  @Field(() => Boolean)
  reversed: boolean;

  @Field(() => String, { description: 'likert or nps' })
  role: string;
}

@ObjectType('Instrument', { description: 'A questionnaire: the self-assessment or the event feedback.' })
export class InstrumentType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'self_assessment or event_feedback' })
  kind: string;

  @Field(() => [ItemType])
  items: ItemType[];
}

@ObjectType('Wave', { description: 'A survey wave of an instrument in a cohort.' })
export class WaveType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  instrument: string;

  @Field(() => String)
  cohort: string;

  @Field(() => String, { description: 'pre, post, follow_up or event' })
  wave: string;

  @Field(() => DateScalar, { nullable: true })
  opensOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  closesOn: string | null;

  @Field(() => Int)
  responses: number;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 … 500; default 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class ParticipantsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only participants enrolled in this cohort.' })
  cohort?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only participants of networks in this state (for ANALYST: whose `state` is shown as this one).',
  })
  state?: string | null;
}

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  network?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;
}
