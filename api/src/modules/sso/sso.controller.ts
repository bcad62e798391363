import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainError } from '../../core/errors.js';
import {
  clearSsoTransactionCookie,
  setSessionCookie,
  setSsoTransactionCookie,
  ssoTransactionOf,
} from '../../http/request-credentials.js';
import type { SignedIn } from '../auth/auth.service.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { AppTokenService } from './app-token.service.js';
import { OidcService } from './oidc.service.js';

/**
 * The browser's side of single sign-on (plain redirects, as identity providers expect):
 * GET /sso/oidc/start?next= → the provider → GET /sso/oidc/callback → `next`, signed in;
 * GET /sso/app?token=<JWT>&next= from the company's app → `next`, signed in.
 * A failure lands on the sign-in page with `sso_error=<reason>` for it to explain.
 */
@Controller('sso')
export class SsoController {
  constructor(
    private readonly oidc: OidcService,
    private readonly appTokens: AppTokenService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('oidc/start')
  async start(@Query('next') next: unknown, @Res() res: Response): Promise<void> {
    await this.redirecting(res, async () => {
      const { url, transaction } = await this.oidc.start(safeNext(next));
      setSsoTransactionCookie(res, this.config.publicUrl, transaction);
      return url;
    });
  }

  @Get('oidc/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const transaction = ssoTransactionOf(req);
    clearSsoTransactionCookie(res, this.config.publicUrl);
    await this.redirecting(res, async () => {
      const signedIn = await this.oidc.finish(new URL(req.originalUrl, this.config.publicUrl), transaction);
      await this.startSession(req, res, signedIn);
      return signedIn.next;
    });
  }

  @Get('app')
  async app(
    @Query('token') token: unknown,
    @Query('next') next: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.redirecting(res, async () => {
      await this.startSession(req, res, await this.appTokens.signIn(typeof token === 'string' ? token : ''));
      return safeNext(next);
    });
  }

  private async startSession(req: Request, res: Response, { sessionToken, expiresInDays }: SignedIn): Promise<void> {
    await this.sessions.describe(sessionToken, req.headers['user-agent']);
    setSessionCookie(res, this.config.publicUrl, sessionToken, expiresInDays);
  }

  /** Sends the browser where `work` says, or to the sign-in page with the reason it failed. */
  private async redirecting(res: Response, work: () => Promise<string>): Promise<void> {
    let location: string;
    try {
      location = await work();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      location = `/sign-in?sso_error=${encodeURIComponent(error.reason)}`;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, location);
  }
}

/** Only a path on this site (never //host or a scheme): no open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.length <= 500 && /^\/(?![/\\])/.test(next) ? next : '/';
}
