import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { credentialsOf } from '../../http/request-credentials.js';
import { AuthService } from '../auth/auth.service.js';
import { AnalyticsService } from './analytics.service.js';

/** CSV export of boardAnalytics for spreadsheets: the staff session cookie (or a bearer token) authenticates. */
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':file')
  async csv(
    @Param('file') file: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const slug = /^([a-z0-9-]{1,60})\.csv$/.exec(file)?.[1];
    if (!slug) {
      res.status(404).json({ code: 'NOT_FOUND', message: 'Use /analytics/<board>.csv' });
      return;
    }
    const viewer = await this.auth.viewerFrom(credentialsOf(req, this.config.publicUrl));
    const csv = await this.analytics.boardCsv(viewer, slug, new Date(from ?? ''), new Date(to ?? ''));
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', `attachment; filename="${slug}-analytics.csv"`)
      .setHeader('cache-control', 'private, no-store')
      .send(csv);
  }
}
