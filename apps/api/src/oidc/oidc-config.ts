/** Single sign-on with an organisation's OpenID Connect provider (README "Single sign-on"). */
export interface OidcConfig {
  /** MINTQ_OIDC_ISSUER: the provider's issuer URL; its discovery document lies below it. */
  issuer: URL;
  /** MINTQ_OIDC_CLIENT_ID and MINTQ_OIDC_CLIENT_SECRET: mintq as registered with the provider. */
  clientId: string;
  clientSecret: string;
  /** MINTQ_OIDC_NAME: the organisation's name on the login page's button; none: a generic label. */
  name: string | undefined;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Reads MINTQ_OIDC_*; without an issuer single sign-on is off. The issuer must speak HTTPS:
 * its discovery document names the keys that sign identities, and plain HTTP would let anyone
 * on the way swap them. Only a provider on this machine (a test's, a developer's) may use HTTP.
 */
export function readOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuerText = env.MINTQ_OIDC_ISSUER?.trim();
  if (!issuerText) return undefined;
  let issuer: URL;
  try {
    issuer = new URL(issuerText);
  } catch {
    throw new Error(`MINTQ_OIDC_ISSUER must be a URL (is "${issuerText}")`);
  }
  const loopback = LOOPBACK_HOSTS.includes(issuer.hostname);
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback))
    throw new Error(`MINTQ_OIDC_ISSUER must be an https:// URL (is "${issuerText}")`);
  const clientId = env.MINTQ_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.MINTQ_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret)
    throw new Error('MINTQ_OIDC_ISSUER needs MINTQ_OIDC_CLIENT_ID and MINTQ_OIDC_CLIENT_SECRET as well');
  return { issuer, clientId, clientSecret, name: env.MINTQ_OIDC_NAME?.trim() || undefined };
}
