import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { renderMarkdown } from '../../core/markdown/render-markdown.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BoardsService } from '../boards/boards.service.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { ChangelogService } from '../changelog/changelog.service.js';
import { webUrls } from '../../core/web-urls.js';
import { escapeHtml } from '../../core/mail/mail-templates.js';
import type { Feed, FeedEntry } from './feed-xml.js';
import { LISTED_IDEA, VISIBLE_IDEA } from '../access/access.js';

const FEED_SIZE = 50;

/**
 * Public feeds, read anonymously (feed readers carry no session): private boards and their
 * ideas are not found. Links are absolute, built from PUBLIC_URL.
 */
@Injectable()
export class FeedsService {
  constructor(
    private readonly db: DataSource,
    private readonly boards: BoardsService,
    private readonly ideas: IdeasService,
    private readonly changelog: ChangelogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Null when the board doesn't exist or is private. */
  async boardIdeas(slug: string, ext: string): Promise<Feed | null> {
    const board = await this.boards.findVisible(null, slug);
    if (!board) return null;
    const rows = await this.db.query<
      Array<{ id: string; title: string; body: string; author: string; createdAt: Date; updatedAt: Date }>
    >(
      `SELECT i.id, i.title, i.body, u.display_name AS author, i.created_at AS "createdAt", i.updated_at AS "updatedAt"
         FROM ideas i JOIN users u ON u.id = i.author_id
        WHERE i.board_id = $1 AND ${LISTED_IDEA}
        ORDER BY i.created_at DESC, i.id DESC LIMIT ${FEED_SIZE}`,
      [board.id],
    );
    const entries: FeedEntry[] = rows.map((r) => ({
      id: this.ideaUrl(r.id),
      title: r.title,
      link: this.ideaUrl(r.id),
      html: renderMarkdown(r.body),
      author: r.author,
      published: new Date(r.createdAt),
      updated: new Date(r.updatedAt),
    }));
    return this.feed({
      title: `${board.name}: new ideas`,
      description: `The newest ideas on ${board.name}.`,
      link: webUrls.board(this.config.publicUrl, board.slug),
      path: `/feeds/boards/${board.slug}/ideas.${ext}`,
      entries,
      fallbackUpdated: board.createdAt,
    });
  }

  /** The board's changelog: status changes of its ideas, newest first. */
  async boardChangelog(slug: string, ext: string): Promise<Feed | null> {
    const board = await this.boards.findVisible(null, slug);
    if (!board) return null;
    const entries = await this.statusEntries(`i.board_id = $1`, [board.id]);
    return this.feed({
      title: `${board.name}: changelog`,
      description: `Status changes of ideas on ${board.name}.`,
      link: webUrls.roadmap(this.config.publicUrl, board.slug),
      path: `/feeds/boards/${board.slug}/changelog.${ext}`,
      entries,
      fallbackUpdated: board.createdAt,
    });
  }

  /** Site-wide release notes, newest release first, with the linked ideas anyone may see. */
  async releaseNotes(ext: string): Promise<Feed> {
    const published = await this.changelog.publishedForFeed(FEED_SIZE);
    const entries: FeedEntry[] = published.map((e) => {
      const url = webUrls.changelogEntry(this.config.publicUrl, e.id);
      const shipped = e.ideas.map(
        (i) => `<li><a href="${escapeHtml(this.ideaUrl(i.id))}">${escapeHtml(i.title)}</a></li>`,
      );
      return {
        id: url,
        title: e.title,
        link: url,
        html: renderMarkdown(e.body) + (shipped.length ? `<p>Ideas shipped:</p><ul>${shipped.join('')}</ul>` : ''),
        author: 'Chorus',
        published: new Date(e.publishedAt),
        updated: new Date(e.updatedAt),
      };
    });
    return this.feed({
      title: 'Release notes',
      description: 'What shipped, newest first.',
      link: webUrls.changelog(this.config.publicUrl),
      path: `/feeds/changelog.${ext}`,
      entries,
      fallbackUpdated: new Date(0),
    });
  }

  /** One idea's updates: its status changes and official responses. */
  async ideaUpdates(id: string, ext: string): Promise<Feed | null> {
    const idea = await this.ideas.find(null, id);
    if (!idea) return null;
    const changes = await this.statusEntries(`i.id = $1`, [idea.id]);
    const official = await this.db.query<
      Array<{ id: string; body: string; author: string; createdAt: Date; editedAt: Date | null }>
    >(
      `SELECT c.id, c.body, u.display_name AS author, c.created_at AS "createdAt", c.edited_at AS "editedAt"
         FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.idea_id = $1 AND c.is_official AND c.deleted_at IS NULL AND c.hidden_at IS NULL
        ORDER BY c.created_at DESC LIMIT ${FEED_SIZE}`,
      [idea.id],
    );
    const responses: FeedEntry[] = official.map((c) => ({
      id: `urn:uuid:${c.id}`,
      title: `Official response on “${idea.title}”`,
      link: webUrls.idea(this.config.publicUrl, idea.id, c.id),
      html: renderMarkdown(c.body),
      author: c.author,
      published: new Date(c.createdAt),
      updated: new Date(c.editedAt ?? c.createdAt),
    }));
    const entries = [...changes, ...responses]
      .sort((a, b) => b.published.getTime() - a.published.getTime())
      .slice(0, FEED_SIZE);
    return this.feed({
      title: `Updates on “${idea.title}”`,
      description: `Status changes and official responses on “${idea.title}”.`,
      link: this.ideaUrl(idea.id),
      path: `/feeds/ideas/${idea.id}.${ext}`,
      entries,
      fallbackUpdated: idea.createdAt,
    });
  }

  private async statusEntries(where: string, params: unknown[]): Promise<FeedEntry[]> {
    const rows = await this.db.query<
      Array<{ id: string; ideaId: string; title: string; status: string; note: string; author: string; at: Date }>
    >(
      `SELECT sc.id, i.id AS "ideaId", i.title, s.name AS status, sc.note, u.display_name AS author, sc.created_at AS at
         FROM status_changes sc JOIN ideas i ON i.id = sc.idea_id JOIN statuses s ON s.id = sc.to_status_id
         JOIN users u ON u.id = sc.changed_by_id
        WHERE ${where} AND ${VISIBLE_IDEA}
        ORDER BY sc.created_at DESC, sc.id DESC LIMIT ${FEED_SIZE}`,
      params,
    );
    return rows.map((r) => ({
      id: `urn:uuid:${r.id}`,
      title: `${r.title} → ${r.status}`,
      link: this.ideaUrl(r.ideaId),
      html: `<p>Now <strong>${escapeHtml(r.status)}</strong>.</p>${r.note ? renderMarkdown(r.note) : ''}`,
      author: r.author,
      published: new Date(r.at),
      updated: new Date(r.at),
    }));
  }

  private feed(input: {
    title: string;
    description: string;
    link: string;
    path: string;
    entries: FeedEntry[];
    fallbackUpdated: Date;
  }): Feed {
    const updated = input.entries.reduce(
      (latest, e) => (e.updated > latest ? e.updated : latest),
      new Date(input.fallbackUpdated),
    );
    return {
      title: input.title,
      description: input.description,
      link: input.link,
      selfUrl: `${this.config.publicUrl}${input.path}`,
      id: `${this.config.publicUrl}${input.path.replace(/\.(rss|atom)$/, '')}`,
      updated,
      entries: input.entries,
    };
  }

  private ideaUrl(id: string): string {
    return webUrls.idea(this.config.publicUrl, id);
  }
}
