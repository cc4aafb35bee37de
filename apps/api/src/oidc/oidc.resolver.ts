import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator.js';
import { OidcService } from './oidc.service.js';
import { SignInOptionsType } from './oidc.types.js';

@Resolver()
export class OidcResolver {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @Query(() => SignInOptionsType, { description: 'How one can sign in; answered without a session.' })
  signInOptions(): SignInOptionsType {
    const { enabled, name } = this.oidc.options;
    return { sso: enabled, ssoName: name };
  }
}
