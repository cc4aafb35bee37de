import { SSO_FRAGMENT } from '@mintq/contract';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator.js';
import { NotFoundError } from '../errors/not-found.error.js';
import { OidcService, type SsoOutcome } from './oidc.service.js';
import { cookieValue, FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_SECONDS } from './sign-in-flow.js';

/** The dashboard's login page, which reads the outcome from the fragment. */
const LOGIN_PAGE = '/login';

/**
 * `GET /api/oidc/start` sends the browser to the organisation's provider; `GET
 * /api/oidc/callback` is where the provider sends it back. Both are top-level navigations,
 * public by nature, and answer with redirects only, never with a page or a token in a query.
 */
@Public()
@Controller('api/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get('start')
  async start(@Res() res: Response): Promise<void> {
    if (!this.oidc.options.enabled) throw new NotFoundError('Single sign-on is not configured');
    const started = await this.oidc.start();
    res.setHeader('cache-control', 'no-store');
    if ('refusal' in started) return res.redirect(302, toLoginPage(started));
    // SameSite=Lax: the provider's redirect back is a top-level GET, which carries it.
    res.cookie(FLOW_COOKIE, started.cookie, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.oidc.secureCookie,
      path: FLOW_COOKIE_PATH,
      maxAge: FLOW_TTL_SECONDS * 1000,
    });
    res.redirect(302, started.location.href);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.options.enabled) throw new NotFoundError('Single sign-on is not configured');
    const queryStart = req.originalUrl.indexOf('?');
    const query = queryStart < 0 ? '' : req.originalUrl.slice(queryStart);
    const outcome = await this.oidc.finish(
      query,
      cookieValue(req.headers.cookie, FLOW_COOKIE),
      req.ip ?? null,
    );
    // The flow is over, whatever its outcome (the provider redeems its code only once anyway).
    res.clearCookie(FLOW_COOKIE, {
      path: FLOW_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.oidc.secureCookie,
    });
    res.setHeader('cache-control', 'no-store');
    res.redirect(302, toLoginPage(outcome));
  }
}

/** The login page with the outcome in the fragment, which browsers never send to a server. */
function toLoginPage(outcome: SsoOutcome): string {
  const [key, value] =
    'token' in outcome ? [SSO_FRAGMENT.token, outcome.token] : [SSO_FRAGMENT.refusal, outcome.refusal];
  return `${LOGIN_PAGE}#${key}=${encodeURIComponent(value)}`;
}
