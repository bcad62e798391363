import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import type { MailMessage } from '../../core/mail/mail-templates.js';
import { SEND_MAIL_JOB } from './outbox-worker.service.js';

/** What a mail is for (the outbox `kind`): notification, digest, and account mail to come. */
export type MailKind = string;

/**
 * The one way to send mail: rows written into the outbox inside the caller's transaction, so a
 * mail exists exactly when the write that caused it committed. The same transaction wakes the
 * `mail:send` job (one pending wake-up however many writes), so OutboxWorker sends at once.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(tx: EntityManager, kind: MailKind, messages: MailMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await tx.query(`INSERT INTO outbox (kind, payload) SELECT $1, p FROM unnest($2::jsonb[]) AS p`, [
      kind,
      messages.map((m) => JSON.stringify(m)),
    ]);
    if (this.config.smtpUrl) {
      await this.jobs.enqueue(tx, SEND_MAIL_JOB, {}, { jobKey: SEND_MAIL_JOB, preserveRunAt: true });
    }
  }
}
