import { Controller, Get, Header, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { webUrls } from '../../core/web-urls.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { EmailFrequency } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { escapeHtml } from '../../core/mail/mail-templates.js';
import { verifyUnsubscribeToken } from '../../core/mail/unsubscribe-token.js';

/**
 * The signed unsubscribe link of every mail. `GET /unsubscribe?token=…` only shows a confirmation
 * page (mail scanners and link previews follow GET links; they must not unsubscribe anyone), whose
 * button POSTs; `POST` acts, both from that page and as RFC 8058 one-click from the mail client
 * (List-Unsubscribe-Post). Turns all notification mail off for the member the token was signed
 * for; in-app notifications continue.
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
  get(@Query('token') token: string | undefined, @Res({ passthrough: true }) res: Response): string {
    const valid = typeof token === 'string' && verifyUnsubscribeToken(this.config.secret, token) !== null;
    res.status(valid ? 200 : 400);
    if (!valid) return this.invalidPage();
    const action = `/unsubscribe?token=${encodeURIComponent(token)}&from=page`;
    return page(
      'Stop Chorus e-mail?',
      'Chorus will stop e-mailing you about ideas and comments. You will still see notifications in the app, and you can turn e-mail back on in your settings.',
      webUrls.notificationSettings(this.config.publicUrl),
      `<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async post(
    @Query('token') token: string | undefined,
    @Query('from') from: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const ok = await this.apply(token);
    res.status(ok ? 200 : 400);
    if (from !== 'page') return ok ? 'unsubscribed' : 'invalid token';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (!ok) return this.invalidPage();
    return page(
      'You are unsubscribed',
      'Chorus will not e-mail you any more. You still see notifications in the app, and you can turn e-mail back on in your settings.',
      webUrls.notificationSettings(this.config.publicUrl),
    );
  }

  private invalidPage(): string {
    return page(
      'This link is not valid',
      'The unsubscribe link is incomplete or was altered. Copy the whole link from the e-mail, or change your e-mail settings after signing in.',
      webUrls.notificationSettings(this.config.publicUrl),
    );
  }

  private async apply(token: string | undefined): Promise<boolean> {
    const userId = typeof token === 'string' ? verifyUnsubscribeToken(this.config.secret, token) : null;
    if (!userId) return false;
    await this.notifications.setEmailFrequency(userId, EmailFrequency.NEVER).catch(() => undefined);
    return true;
  }
}

function page(title: string, text: string, settingsUrl: string, action = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${action}<p><a href="${escapeHtml(settingsUrl)}">E-mail settings</a></p>
</body></html>`;
}
