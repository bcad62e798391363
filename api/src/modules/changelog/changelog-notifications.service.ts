import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEventBus, type DomainEvents } from '../../core/events/domain-events.js';
import { VISIBLE_IDEA } from '../access/access.js';
import { NotificationKind } from '../notifications/notification.model.js';
import { excerpt, NotificationFanoutService } from '../notifications/notification-fanout.service.js';

/**
 * Tells every backer of a linked idea that it shipped, as the durable job of
 * `changelog.published`. One notification (and at most one mail, by the member's e-mail
 * preference and unsubscribe state) per person per entry, however many linked ideas they
 * backed: every delivery uses the event key `changelog:<entry>`, and notifications are unique on
 * (recipient, event key), so a retried job or a second linked idea adds nothing. A backer who
 * can no longer read an idea (a private board) is not told about it (the fan-out's access rule).
 */
@Injectable()
export class ChangelogNotificationsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly events: DomainEventBus,
    private readonly fanout: NotificationFanoutService,
  ) {}

  onModuleInit(): void {
    this.events.handle('changelog.published', 'notifications', (e) => this.onPublished(e));
  }

  async onPublished(e: DomainEvents['changelog.published']): Promise<void> {
    const [entry] = await this.db.query<Array<{ title: string; body: string }>>(
      `SELECT title, body FROM changelog_entries WHERE id = $1 AND published_at IS NOT NULL`,
      [e.entryId],
    );
    if (!entry) return; // deleted since
    const ideas = await this.db.query<Array<{ id: string; title: string; backerIds: string[] }>>(
      `SELECT i.id, i.title, array(SELECT v.user_id FROM votes v WHERE v.idea_id = i.id) AS "backerIds"
         FROM changelog_entry_ideas l JOIN ideas i ON i.id = l.idea_id
        WHERE l.entry_id = $1 AND ${VISIBLE_IDEA}
        ORDER BY l.position`,
      [e.entryId],
    );
    for (const idea of ideas) {
      await this.fanout.deliver({
        eventKey: `changelog:${e.entryId}`,
        ideaId: idea.id,
        commentId: null,
        actorId: e.actorId,
        data: {
          ideaTitle: idea.title,
          changelogTitle: entry.title,
          changelogEntryId: e.entryId,
          excerpt: excerpt(entry.body) || undefined,
        },
        recipients: new Map(idea.backerIds.map((id) => [id, NotificationKind.CHANGELOG])),
      });
    }
  }
}
