import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('InvitationInfo', {
  description: 'An invitation link that still works: for whom, and until when.',
})
export class InvitationInfoType {
  @Field(() => String)
  email: string;

  @Field(() => String, { description: 'When the link stops working (ISO-8601).' })
  expiresAt: string;
}
