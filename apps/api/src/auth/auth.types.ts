import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FunderType } from '../funders/funders.types.js';
import { RoleEnum } from './role.enum.js';
import type { Role } from './viewer.js';

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerType {
  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => FunderType, { nullable: true, description: 'The funder of a FUNDER user; null otherwise.' })
  funder: FunderType | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'For FUNDER users the configured k: aggregates with fewer people behind them are suppressed. Null for everyone else (no suppression).',
  })
  suppressionK: number | null;
}

@ObjectType('Session', { description: 'The result of a login: a bearer token and who it belongs to.' })
export class SessionType {
  @Field(() => String, {
    description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours by default.',
  })
  token: string;

  @Field(() => ViewerType)
  viewer: ViewerType;
}
