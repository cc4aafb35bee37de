import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every answer: the dashboard, GraphiQL and the report page
 * load only their own files, so an injected script can neither run inline nor call home, and
 * the token in sessionStorage stays out of its reach. `data:` images and fonts are GraphiQL's
 * icons and its bundled fonts (inlined in its style sheet); neither can run code.
 * Styles: no inline `<style>` or `style=""` either; React and visx set styles through the CSSOM,
 * which the policy does not govern.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  // Only the form's own submission: a sign-in with an organisation account leaves by link.
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The policy as one header value, as helmet writes it (for pages served outside Express). */
export function contentSecurityPolicyHeader(): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join(';');
}

/** Browsers remember HTTPS-only for a year; subdomains are not mintq's to decide. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/**
 * helmet's headers for every answer (pages, /graphql, REST, health): the CSP above, framing
 * refused twice (`frame-ancestors`, X-Frame-Options for older browsers), nosniff, no Referer
 * (a link never carries a dashboard URL with its filters elsewhere). HSTS only on a request that
 * came over TLS (`req.secure`, which believes X-Forwarded-Proto from trusted proxies only): sent
 * over plain HTTP it would be ignored, or pin a deployment without TLS to a dead https.
 */
export function securityHeaders(): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: CONTENT_SECURITY_POLICY as Record<string, string[]>,
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false });
  return (req: Request, res: Response, next: NextFunction) =>
    headers(req, res, (error?: unknown) => {
      if (error) next(error);
      else if (req.secure) hsts(req, res, next);
      else next();
    });
}
