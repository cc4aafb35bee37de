import { CAPABILITIES, CAPABILITY_NAMES, type Capability } from '@mintq/contract';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FunderType } from '../funders/funders.types.js';
import { RoleEnum } from './role.enum.js';
import type { Role } from './viewer.js';

/**
 * `viewer.can`: one Boolean per capability of the contract's table, generated from it, so a
 * capability added there is a field here and the dashboard decides by it, never by role.
 */
class CapabilitiesType {}
for (const capability of CAPABILITY_NAMES)
  Field(() => Boolean, { description: `Roles that have it: ${CAPABILITIES[capability].join(', ')}.` })(
    CapabilitiesType.prototype,
    capability,
  );
ObjectType('Capabilities', { description: "What the signed-in user's role may do (the contract's table)." })(
  CapabilitiesType,
);

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

  @Field(() => CapabilitiesType, {
    description: 'What this user may do: the dashboard shows pages and buttons by it.',
  })
  can: Record<Capability, boolean>;
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
