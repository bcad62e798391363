import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { AnalyticsService, analyticsCsv } from './analytics.service.js';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/** CSV export of boardAnalytics for spreadsheets: the staff session cookie (or a bearer token) authenticates. */
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly auth: AuthService,
    private readonly db: DataSource,
  ) {}

  @Get(':file')
  async csv(
    @Param('file') file: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const slug = /^([a-z0-9-]{1,60})\.csv$/.exec(file)?.[1];
      if (!slug) {
        res.status(404).json({ code: 'NOT_FOUND', message: 'Use /analytics/<board>.csv' });
        return;
      }
      const viewer = await this.auth.resolveViewer(req);
      const figures = await this.analytics.board(viewer, slug, new Date(from ?? ''), new Date(to ?? ''));
      const ids = figures.topContributors.map((c) => c.userId);
      const users = await this.db.query<Array<{ id: string; name: string }>>(
        `SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="${slug}-analytics.csv"`)
        .setHeader('cache-control', 'private, no-store')
        .send(analyticsCsv(figures, new Map(users.map((u) => [u.id, u.name]))));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions.code ?? 'BAD_USER_INPUT');
      res.status(HTTP_STATUS[code] ?? 400).json({ code, reason: error.extensions.reason, message: error.message });
    }
  }
}
