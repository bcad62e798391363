import { Controller, Get, Header, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { webUrls } from '../../core/web-urls.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { EmailFrequency } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { escapeHtml } from '../../core/mail/mail-templates.js';
import { verifyUnsubscribeToken } from '../../core/mail/unsubscribe-token.js';

/**
 * The signed one-click unsubscribe link of every mail: `GET /unsubscribe?token=…` (a person
 * clicking it) and `POST` (RFC 8058 one-click from the mail client). Turns all notification
 * mail off for the member the token was signed for; in-app notifications continue.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async get(@Query('token') token: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const ok = await this.apply(token);
    res.status(ok ? 200 : 400);
    return page(
      ok ? 'You are unsubscribed' : 'This link is not valid',
      ok
        ? 'Chorus will not e-mail you any more. You still see notifications in the app, and you can turn e-mail back on in your settings.'
        : 'The unsubscribe link is incomplete or was altered. Copy the whole link from the e-mail, or change your e-mail settings after signing in.',
      webUrls.notificationSettings(this.config.publicUrl),
    );
  }

  @Post()
  @HttpCode(200)
  async post(@Query('token') token: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const ok = await this.apply(token);
    res.status(ok ? 200 : 400);
    return ok ? 'unsubscribed' : 'invalid token';
  }

  private async apply(token: string | undefined): Promise<boolean> {
    const userId = typeof token === 'string' ? verifyUnsubscribeToken(this.config.secret, token) : null;
    if (!userId) return false;
    await this.notifications.setEmailFrequency(userId, EmailFrequency.NEVER).catch(() => undefined);
    return true;
  }
}

function page(title: string, text: string, settingsUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(settingsUrl)}">E-mail settings</a></p>
</body></html>`;
}
