import { Module } from '@nestjs/common';
import { OidcController } from './oidc.controller.js';
import { OidcRepository } from './oidc.repository.js';
import { OidcResolver } from './oidc.resolver.js';
import { OidcService } from './oidc.service.js';

/** Single sign-on with an organisation's OpenID Connect provider (`/api/oidc/…`, `signInOptions`). */
@Module({
  controllers: [OidcController],
  providers: [OidcRepository, OidcService, OidcResolver],
})
export class OidcModule {}
