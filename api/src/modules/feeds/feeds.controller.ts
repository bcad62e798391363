import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { toAtom, toRss, type Feed } from './feed-xml.js';
import { FeedsService } from './feeds.service.js';

const TYPES = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;
type Format = keyof typeof TYPES;

/**
 * RSS 2.0 and Atom feeds (plain HTTP: feed readers expect that):
 * /feeds/boards/:slug/ideas.rss|atom, /feeds/boards/:slug/changelog.rss|atom (status changes),
 * /feeds/ideas/:id.rss|atom, /feeds/changelog.rss|atom (site-wide release notes).
 */
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('boards/:slug/:file')
  async board(@Param('slug') slug: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^(ideas|changelog)\.(rss|atom)$/.exec(file);
    if (!match) throw new NotFoundException();
    const format = match[2] as Format;
    const feed =
      match[1] === 'ideas' ? await this.feeds.boardIdeas(slug, format) : await this.feeds.boardChangelog(slug, format);
    send(res, feed, format);
  }

  @Get(':file')
  async site(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^changelog\.(rss|atom)$/.exec(file);
    if (!match) throw new NotFoundException();
    const format = match[1] as Format;
    send(res, await this.feeds.releaseNotes(format), format);
  }

  @Get('ideas/:file')
  async idea(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^([0-9a-f-]{36})\.(rss|atom)$/i.exec(file);
    if (!match) throw new NotFoundException();
    const format = match[2] as Format;
    send(res, await this.feeds.ideaUpdates(match[1], format), format);
  }
}

function send(res: Response, feed: Feed | null, format: Format): void {
  if (!feed) throw new NotFoundException();
  res
    .status(200)
    .type(TYPES[format])
    .setHeader('Cache-Control', 'public, max-age=300')
    .send(format === 'rss' ? toRss(feed) : toAtom(feed));
}
