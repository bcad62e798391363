import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { notFound } from '../../core/errors.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireViewer, type Viewer } from '../../core/viewer.js';
import { NOTIFICATION_COLUMNS, toNotificationModel, type NotificationRow } from './notification-fanout.service.js';
import { EmailFrequency, type NotificationModel, type NotificationPreferencesModel } from './notification.model.js';
import { NotificationPubSub } from './notification-pubsub.js';

/** A member's own notifications: the bell, read state and mail preferences. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly pubsub: NotificationPubSub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Newest first, keyset on (created_at, id). */
  async list(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<ConnectionShape<NotificationModel>> {
    const member = requireViewer(viewer);
    const first = pageSize(args.first);
    const unread = args.unreadOnly ? 'AND read_at IS NULL' : '';
    const params: unknown[] = [member.id, first + 1];
    const keyset = keysetPage({ key: 'created_at', type: 'timestamptz', id: 'id' }, args.after, params);
    const [page, [{ total }]] = await Promise.all([
      this.db.query<Array<NotificationRow & { sortKey: string }>>(
        `SELECT ${NOTIFICATION_COLUMNS}, ${keyset.sortKey}
           FROM notifications WHERE recipient_id = $1 ${unread} AND ${keyset.after}
          ORDER BY ${keyset.orderBy} LIMIT $2`,
        params,
      ),
      this.db.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM notifications WHERE recipient_id = $1 ${unread}`,
        [member.id],
      ),
    ]);
    return keysetConnection(page, first, total, { toNode: (row) => toNotificationModel(row, this.config.publicUrl) });
  }

  async unreadCount(viewer: Viewer | null): Promise<number> {
    const member = requireViewer(viewer);
    const [{ n }] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [member.id],
    );
    return n;
  }

  /** Marks one of the viewer's notifications read (idempotent); someone else's is NOT_FOUND. */
  async markRead(viewer: Viewer | null, id: string): Promise<NotificationModel> {
    const member = requireViewer(viewer);
    if (!isUuid(id)) throw notFound('Notification');
    const [row] = await rows<NotificationRow>(
      this.db,
      `UPDATE notifications SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND recipient_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, member.id],
    );
    if (!row) throw notFound('Notification');
    return toNotificationModel(row, this.config.publicUrl);
  }

  /** Marks all of the viewer's notifications read; returns how many were unread. */
  async markAllRead(viewer: Viewer | null): Promise<number> {
    const member = requireViewer(viewer);
    const changed = await rows<{ id: string }>(
      this.db,
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id`,
      [member.id],
    );
    return changed.length;
  }

  async preferences(userId: string): Promise<NotificationPreferencesModel> {
    const [row] = await this.db.query<Array<{ email: EmailFrequency }>>(
      `SELECT email FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return { email: row?.email ?? EmailFrequency.IMMEDIATELY };
  }

  async updatePreferences(
    viewer: Viewer | null,
    input: { email: EmailFrequency },
  ): Promise<NotificationPreferencesModel> {
    const member = requireViewer(viewer);
    await this.setEmailFrequency(member.id, input.email);
    return this.preferences(member.id);
  }

  /** Also used by the unsubscribe link. Pending digest items of a member who turns mail off are dropped. */
  async setEmailFrequency(userId: string, email: EmailFrequency): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notification_preferences (user_id, email) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, updated_at = now()`,
        [userId, email],
      );
      if (email === EmailFrequency.NEVER) {
        await tx.query(
          `UPDATE notifications SET email_state = 'off' WHERE recipient_id = $1 AND email_state = 'digest'`,
          [userId],
        );
      }
    });
  }

  live(viewer: Viewer | null): AsyncIterableIterator<NotificationModel> {
    return this.pubsub.subscribe(requireViewer(viewer).id);
  }
}
