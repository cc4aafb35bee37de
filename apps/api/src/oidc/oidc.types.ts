import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SignInOptions', { description: 'How one can sign in to mintq, for the login page.' })
export class SignInOptionsType {
  @Field(() => Boolean, {
    description: "Single sign-on with the organisation's account: GET /api/oidc/start begins it.",
  })
  sso: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The organisation's name for the single sign-on button.",
  })
  ssoName: string | null;
}
