import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { webUrls } from '../../core/web-urls.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { MailService } from '../mail/mail.service.js';
import type { NotificationData } from './notification.model.js';
import { describeNotification, detailOf, notificationUrl } from './notification-text.js';
import { renderMail } from '../../core/mail/mail-templates.js';
import { unsubscribeUrl } from '../../core/mail/unsubscribe-token.js';

export const DIGEST_JOB = 'notifications:digest';

/**
 * The daily digest: every day at CHORUS_DIGEST_HOUR (UTC), every member on DAILY_DIGEST with
 * pending notifications gets one `digest` outbox row bundling them, written in the same
 * transaction that marks them digested (rows claimed with SKIP LOCKED, so concurrent
 * instances never bundle twice). It is a scheduled job: the queue remembers the last run in
 * the database, so a restart neither skips the day (a run missed while down is backfilled for
 * up to a day) nor repeats it.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define(DIGEST_JOB, () => this.collect());
    this.jobs.schedule(`0 ${this.config.digestHour} * * *`, DIGEST_JOB, 'fill=1d');
  }

  /** Writes the digests; returns how many members got one. */
  async collect(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const pending = await tx.query<
        Array<{
          id: string;
          recipientId: string;
          kind: string;
          ideaId: string | null;
          commentId: string | null;
          data: NotificationData;
        }>
      >(
        `SELECT id, recipient_id AS "recipientId", kind, idea_id AS "ideaId", comment_id AS "commentId", data
           FROM notifications WHERE email_state = 'digest'
          ORDER BY recipient_id, created_at FOR UPDATE SKIP LOCKED`,
      );
      if (pending.length === 0) return 0;
      const people = await tx.query<Array<{ id: string; email: string; displayName: string }>>(
        `SELECT id, email, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`,
        [[...new Set(pending.map((n) => n.recipientId))]],
      );
      const mails = people.map((person) => {
        const items = pending.filter((n) => n.recipientId === person.id);
        return renderMail({
          to: person.email,
          displayName: person.displayName,
          userId: person.id,
          subject: `Your Chorus digest: ${items.length} update${items.length === 1 ? '' : 's'}`,
          intro: 'Here is what happened on Chorus since your last digest:',
          items: items.map((n) => ({
            summary: describeNotification(n.kind, n.data),
            detail: detailOf(n.data) ?? undefined,
            url: notificationUrl(this.config.publicUrl, n.ideaId, n.commentId),
          })),
          notificationIds: items.map((n) => n.id),
          unsubscribeUrl: unsubscribeUrl(this.config.publicUrl, this.config.secret, person.id),
          preferencesUrl: webUrls.notificationSettings(this.config.publicUrl),
        });
      });
      await this.mail.enqueue(tx, 'digest', mails);
      await tx.query(`UPDATE notifications SET email_state = 'digested' WHERE id = ANY($1::uuid[])`, [
        pending.map((n) => n.id),
      ]);
      return mails.length;
    });
  }
}
