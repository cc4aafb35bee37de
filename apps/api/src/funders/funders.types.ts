import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Funder', { description: 'A funder: the programme funder, a member foundation or the operator.' })
export class FunderType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'program_funder, foundation or operator' })
  kind: string;
}
