import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { webUrls } from '../../core/web-urls.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainEventBus, type DomainEvents } from '../../core/events/domain-events.js';
import { ideaInScope, userAudience, VISIBLE_IDEA } from '../access/access.js';
import { MailService } from '../mail/mail.service.js';
import { renderMail } from '../../core/mail/mail-templates.js';
import { unsubscribeUrl } from '../../core/mail/unsubscribe-token.js';
import { findMentions } from './mentions.js';
import { NotificationKind, type NotificationData, type NotificationModel } from './notification.model.js';
import { NotificationPubSub } from './notification-pubsub.js';
import { describeNotification, detailOf, notificationUrl } from './notification-text.js';

/** Vote counts at which an idea's author hears about it. */
export const VOTE_MILESTONES = [10, 50, 100];

/** When one person qualifies several ways for the same event, the most personal reason wins. */
const PRIORITY: Record<NotificationKind, number> = {
  [NotificationKind.REPLY]: 4,
  [NotificationKind.MENTION]: 3,
  [NotificationKind.OFFICIAL_RESPONSE]: 2,
  [NotificationKind.STATUS_CHANGED]: 1,
  [NotificationKind.VOTE_MILESTONE]: 1,
  [NotificationKind.IDEA_MERGED]: 1,
  [NotificationKind.CHANGELOG]: 1,
};

interface Delivery {
  /** Identifies the event: (recipient, eventKey) is unique, so one notification per person per event. */
  eventKey: string;
  ideaId: string;
  commentId: string | null;
  actorId: string | null;
  data: NotificationData;
  recipients: Map<string, NotificationKind>;
}

type InsertedRow = NotificationModel & { emailState: string; data: NotificationData; kind: NotificationKind };

/** Followers of an idea: idea followers plus followers of its board who did not unfollow the idea. */
const FOLLOWERS_SQL = `
  SELECT f.user_id AS id FROM idea_follows f WHERE f.idea_id = $1
  UNION
  SELECT bf.user_id FROM board_follows bf JOIN ideas i ON i.board_id = bf.board_id
   WHERE i.id = $1 AND NOT EXISTS (SELECT 1 FROM idea_unfollows u WHERE u.idea_id = $1 AND u.user_id = bf.user_id)`;

/**
 * Turns domain events into notifications, as jobs of those events (durable: enqueued with the
 * action, retried until done). For each event, in ONE transaction: the notification rows (unique on
 * (recipient, event key), so a voter who also commented and follows gets one, and a
 * retried job none) and, for recipients who want mail now, the outbox rows that carry
 * the rendered mail. The actor never hears about their own action; recipients must be able to
 * read the idea (modules/access). Live subscribers are told after that commit.
 */
@Injectable()
export class NotificationFanoutService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly events: DomainEventBus,
    private readonly pubsub: NotificationPubSub,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.handle('idea.status_changed', 'notifications', (e) => this.onStatusChanged(e));
    this.events.handle('comment.posted', 'notifications', (e) => this.onCommentPosted(e));
    // A job only for the votes that reach a milestone, not for every vote.
    this.events.handle('vote.cast', 'notifications', (e) => this.onVoteCast(e), {
      when: `(payload->>'voteCount')::int IN (${VOTE_MILESTONES.join(', ')})`,
    });
    this.events.handle('idea.merged', 'notifications', (e) => this.onIdeaMerged(e));
  }

  async onStatusChanged(e: DomainEvents['idea.status_changed']): Promise<void> {
    const [info] = await this.db.query<Array<{ title: string; statusName: string; actorName: string }>>(
      `SELECT i.title, s.name AS "statusName", u.display_name AS "actorName"
         FROM ideas i JOIN statuses s ON s.id = $2 JOIN users u ON u.id = $3 WHERE i.id = $1`,
      [e.ideaId, e.toStatusId, e.actorId],
    );
    if (!info) return;
    const followers = await this.db.query<Array<{ id: string }>>(FOLLOWERS_SQL, [e.ideaId]);
    await this.deliver({
      eventKey: `status:${e.statusChangeId}`,
      ideaId: e.ideaId,
      commentId: null,
      actorId: e.actorId,
      data: {
        ideaTitle: info.title,
        statusName: info.statusName,
        note: e.note || undefined,
        actorName: info.actorName,
      },
      recipients: new Map(followers.map((f) => [f.id, NotificationKind.STATUS_CHANGED])),
    });
  }

  async onCommentPosted(e: DomainEvents['comment.posted']): Promise<void> {
    const [info] = await this.db.query<
      Array<{ title: string; body: string; actorName: string; parentAuthorId: string | null }>
    >(
      `SELECT i.title, c.body, u.display_name AS "actorName", p.author_id AS "parentAuthorId"
         FROM comments c JOIN ideas i ON i.id = c.idea_id JOIN users u ON u.id = c.author_id
         LEFT JOIN comments p ON p.id = c.parent_id AND p.deleted_at IS NULL
        WHERE c.id = $1 AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${VISIBLE_IDEA}`,
      [e.commentId],
    );
    if (!info) return;
    const recipients = new Map<string, NotificationKind>();
    const offer = (userId: string, kind: NotificationKind) => {
      const current = recipients.get(userId);
      if (!current || PRIORITY[kind] > PRIORITY[current]) recipients.set(userId, kind);
    };
    if (e.official) {
      for (const f of await this.db.query<Array<{ id: string }>>(FOLLOWERS_SQL, [e.ideaId])) {
        offer(f.id, NotificationKind.OFFICIAL_RESPONSE);
      }
    }
    if (info.body.includes('@')) {
      const participants = await this.db.query<Array<{ id: string; displayName: string }>>(
        `SELECT u.id, u.display_name AS "displayName" FROM users u
          WHERE u.id IN (SELECT author_id FROM ideas WHERE id = $1
                         UNION SELECT author_id FROM comments WHERE idea_id = $1 AND deleted_at IS NULL
                         UNION SELECT user_id FROM idea_follows WHERE idea_id = $1)`,
        [e.ideaId],
      );
      for (const id of findMentions(info.body, participants)) offer(id, NotificationKind.MENTION);
    }
    if (info.parentAuthorId) offer(info.parentAuthorId, NotificationKind.REPLY);
    await this.deliver({
      eventKey: `comment:${e.commentId}`,
      ideaId: e.ideaId,
      commentId: e.commentId,
      actorId: e.authorId,
      data: { ideaTitle: info.title, excerpt: excerpt(info.body), actorName: info.actorName },
      recipients,
    });
  }

  async onVoteCast(e: DomainEvents['vote.cast']): Promise<void> {
    if (!VOTE_MILESTONES.includes(e.voteCount)) return;
    const [idea] = await this.db.query<Array<{ title: string; authorId: string }>>(
      `SELECT title, author_id AS "authorId" FROM ideas i WHERE i.id = $1 AND ${VISIBLE_IDEA}`,
      [e.ideaId],
    );
    if (!idea) return;
    await this.deliver({
      // Once per idea and milestone, however often the count crosses it again.
      eventKey: `milestone:${e.ideaId}:${e.voteCount}`,
      ideaId: e.ideaId,
      commentId: null,
      actorId: e.userId,
      data: { ideaTitle: idea.title, milestone: e.voteCount },
      recipients: new Map([[idea.authorId, NotificationKind.VOTE_MILESTONE]]),
    });
  }

  /** Everyone who backed the merged idea hears where their vote went (linking to the target). */
  async onIdeaMerged(e: DomainEvents['idea.merged']): Promise<void> {
    const [info] = await this.db.query<Array<{ sourceTitle: string; targetTitle: string; actorName: string }>>(
      `SELECT s.title AS "sourceTitle", i.title AS "targetTitle", u.display_name AS "actorName"
         FROM ideas s JOIN ideas i ON i.id = $2 JOIN users u ON u.id = $3
        WHERE s.id = $1 AND ${VISIBLE_IDEA}`,
      [e.sourceId, e.targetId, e.actorId],
    );
    if (!info) return;
    await this.deliver({
      eventKey: `merge:${e.mergeId}`,
      ideaId: e.targetId,
      commentId: null,
      actorId: e.actorId,
      data: { ideaTitle: info.targetTitle, mergedTitle: info.sourceTitle, actorName: info.actorName },
      recipients: new Map(e.backerIds.map((id) => [id, NotificationKind.IDEA_MERGED])),
    });
  }

  /** Notification rows and their mail, in one transaction; then live delivery. */
  async deliver(d: Delivery): Promise<NotificationModel[]> {
    if (d.actorId) d.recipients.delete(d.actorId); // never notify the actor about their own action
    if (d.recipients.size === 0) return [];
    const inserted = await this.db.transaction(async (tx) => {
      const created = await tx.query<InsertedRow[]>(
        `INSERT INTO notifications (recipient_id, event_key, kind, idea_id, comment_id, actor_id, data, email_state)
         SELECT r.user_id, $1, r.kind, $2, $3, $4, $5::jsonb,
                CASE WHEN u.email_verified_at IS NULL THEN 'off' -- no mail to an address nobody confirmed
                     ELSE CASE coalesce(p.email, 'immediately') WHEN 'immediately' THEN 'queued' WHEN 'daily' THEN 'digest' ELSE 'off' END END
           FROM unnest($6::uuid[], $7::text[]) AS r(user_id, kind)
           JOIN users u ON u.id = r.user_id
           JOIN ideas i ON i.id = $2
           JOIN boards b ON b.id = i.board_id
           LEFT JOIN notification_preferences p ON p.user_id = r.user_id
          -- Only people who may read the idea (modules/access): its board, hidden and pending ideas.
          WHERE ${ideaInScope('readable', userAudience())}
         ON CONFLICT (recipient_id, event_key) DO NOTHING
         RETURNING ${NOTIFICATION_COLUMNS}, email_state AS "emailState"`,
        [
          d.eventKey,
          d.ideaId,
          d.commentId,
          d.actorId,
          JSON.stringify(d.data),
          [...d.recipients.keys()],
          [...d.recipients.values()],
        ],
      );
      await this.enqueueMail(
        tx,
        created.filter((n) => n.emailState === 'queued'),
      );
      return created;
    });
    const models = inserted.map((row) => this.toModel(row));
    for (const model of models) this.pubsub.publish(model);
    return models;
  }

  /** One outbox row per notification mailed immediately, carrying the rendered message. */
  private async enqueueMail(tx: EntityManager, rows: InsertedRow[]): Promise<void> {
    if (rows.length === 0) return;
    const people = await tx.query<Array<{ id: string; email: string; displayName: string }>>(
      `SELECT id, email, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.recipientId)],
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    const payloads = rows.map((row) => {
      const person = byId.get(row.recipientId)!;
      const summary = describeNotification(row.kind, row.data);
      return renderMail({
        to: person.email,
        displayName: person.displayName,
        userId: person.id,
        subject: summary,
        intro: 'There is news on Chorus you asked to hear about:',
        items: [{ summary, detail: detailOf(row.data) ?? undefined, url: this.toModel(row).url }],
        notificationIds: [row.id],
        unsubscribeUrl: unsubscribeUrl(this.config.publicUrl, this.config.secret, person.id),
        preferencesUrl: webUrls.notificationSettings(this.config.publicUrl),
      });
    });
    await this.mail.enqueue(tx, 'notification', payloads);
  }

  toModel(row: NotificationRow): NotificationModel {
    return toNotificationModel(row, this.config.publicUrl);
  }
}

/** Columns of a notification row (alias `notifications` unqualified). */
export const NOTIFICATION_COLUMNS = `id, kind, recipient_id AS "recipientId", idea_id AS "ideaId", comment_id AS "commentId",
  actor_id AS "actorId", data, (read_at IS NOT NULL) AS read, created_at AS "createdAt"`;

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  recipientId: string;
  ideaId: string | null;
  commentId: string | null;
  actorId: string | null;
  data: NotificationData;
  read: boolean;
  createdAt: Date;
}

export function toNotificationModel(row: NotificationRow, publicUrl: string): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    message: describeNotification(row.kind, row.data),
    detail: detailOf(row.data),
    statusName: row.data.statusName ?? null,
    milestone: row.data.milestone ?? null,
    commentId: row.commentId,
    url: row.data.changelogEntryId
      ? webUrls.changelogEntry(publicUrl, row.data.changelogEntryId)
      : notificationUrl(publicUrl, row.ideaId, row.commentId),
    read: row.read,
    createdAt: new Date(row.createdAt),
    ideaId: row.ideaId,
    actorId: row.actorId,
    recipientId: row.recipientId,
  };
}

/** A comment or text flattened to one line of at most 280 characters. */
export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 280 ? `${flat.slice(0, 279)}…` : flat;
}
