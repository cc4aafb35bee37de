import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { CapabilityGuard } from './capability.guard.js';
import { LoginThrottle } from './login-throttle.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { TokenService } from './token.service.js';

/**
 * Sign-in (`login`, `viewer`) and the two global guards: AuthGuard (a session for everything
 * not `@Public()`) then CapabilityGuard (`@Can(…)`); Nest runs global guards in this order.
 */
@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: a Nest dynamic module is a class by design
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      // Global: other modules sign users in too (single sign-on, links from mails).
      global: true,
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        LoginThrottleRepository,
        LoginThrottle,
        AuthRepository,
        TokenService,
        AuthService,
        AuthResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CapabilityGuard },
      ],
      exports: [AuthService, TokenService, AUTH_OPTIONS, AuthRepository],
    };
  }
}
