/** Injection token of the `AuthOptions` that AuthModule.forRoot receives. */
export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  /** The HS256 key (see resolveJwtSecret). */
  secret: Buffer;
  /** Lifetime of a login token. */
  ttlSeconds: number;
}
