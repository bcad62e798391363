import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import type { MailMessage } from '../../core/mail/mail-templates.js';

/** The job that sends the outbox: woken by every enqueue (MailService) and every minute for retries. */
export const SEND_MAIL_JOB = 'mail:send';
/** Retry n waits min(30 s · 2^(n-1), 6 h); after MAX_ATTEMPTS the row is parked (last_error says why). */
export const MAX_ATTEMPTS = 12;
/** Rows one transaction claims and sends at once. */
const BATCH = 50;
/** Batches in flight at once per instance (each holds one database connection while it sends). */
const LANES = 4;
/** SMTP connections of the pooled transport (per instance). */
const SMTP_CONNECTIONS = 8;

export interface OutboxRunResult {
  sent: number;
  failed: number;
}

interface OutboxRow {
  id: string;
  kind: string;
  payload: MailMessage;
  attempts: number;
}

/**
 * Delivers the outbox over SMTP, as the `mail:send` job on any instance. Rows are claimed
 * `FOR UPDATE SKIP LOCKED` a batch at a time, inside the transaction that also records each
 * result, so two instances never send the same mail and a crash mid-batch leaves its rows due
 * again at once. Batches go out in parallel lanes over one pooled SMTP transport (reused
 * connections, no handshake per mail). SMTP has no exactly-once: a crash after the server
 * accepted a mail but before the commit sends it again, with the same Message-ID
 * (`<outbox id@host>`), which mail clients show once.
 * Without SMTP_URL (or with CHORUS_MAIL_WORKER=false) this instance sends nothing and mail waits.
 */
@Injectable()
export class OutboxWorker implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private running: Promise<OutboxRunResult> | null = null;
  private transport: Transporter | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.smtpUrl) {
      this.logger.warn('SMTP_URL is not set: notification e-mail stays in the outbox until it is');
      return;
    }
    if (!this.config.mailWorker) return;
    this.jobs.define(SEND_MAIL_JOB, () => this.runOnce());
    this.jobs.schedule('* * * * *', SEND_MAIL_JOB);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running;
    this.transport?.close();
  }

  /** Sends every due row once (a run already in progress on this instance is joined, not doubled). */
  runOnce(): Promise<OutboxRunResult> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<OutboxRunResult> {
    const result = { sent: 0, failed: 0 };
    const lane = async () => {
      for (;;) {
        const outcome = await this.sendBatch();
        result.sent += outcome.sent;
        result.failed += outcome.failed;
        if (outcome.sent + outcome.failed < BATCH) return;
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    return result;
  }

  private sendBatch(): Promise<OutboxRunResult> {
    return this.db.transaction(async (tx) => {
      const claimed = await tx.query<OutboxRow[]>(
        `SELECT id, kind, payload, attempts FROM outbox
          WHERE sent_at IS NULL AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      const outcomes = await Promise.allSettled(claimed.map((row) => this.send(row)));
      const sent = claimed.filter((_, i) => outcomes[i].status === 'fulfilled');
      const failed = claimed
        .map((row, i) => ({ row, outcome: outcomes[i] }))
        .flatMap(({ row, outcome }) => (outcome.status === 'rejected' ? [{ row, error: outcome.reason }] : []));
      await this.recordSent(tx, sent);
      await this.recordFailed(tx, failed);
      return { sent: sent.length, failed: failed.length };
    });
  }

  private async recordSent(tx: EntityManager, sent: OutboxRow[]): Promise<void> {
    if (sent.length === 0) return;
    await tx.query(
      `UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`,
      [sent.map((row) => row.id)],
    );
    const notificationIds = sent.flatMap((row) => row.payload.notificationIds ?? []);
    if (notificationIds.length > 0) {
      await tx.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [notificationIds]);
    }
  }

  private async recordFailed(tx: EntityManager, failed: Array<{ row: OutboxRow; error: unknown }>): Promise<void> {
    if (failed.length === 0) return;
    await tx.query(
      `UPDATE outbox o SET attempts = f.attempts, last_error = f.error,
              next_attempt_at = CASE WHEN f.delay IS NULL THEN 'infinity' ELSE now() + make_interval(secs => f.delay) END
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::int[]) AS f(id, attempts, error, delay)
        WHERE o.id = f.id`,
      [
        failed.map(({ row }) => row.id),
        failed.map(({ row }) => row.attempts + 1),
        failed.map(({ error }) => String((error as Error)?.message ?? error).slice(0, 1000)),
        failed.map(({ row }) => (row.attempts + 1 >= MAX_ATTEMPTS ? null : Math.min(30 * 2 ** row.attempts, 6 * 3600))),
      ],
    );
    this.logger.warn(
      { outboxIds: failed.map(({ row }) => row.id), err: failed[0].error },
      `${failed.length} mail(s) not sent, will retry`,
    );
  }

  private async send({ id, payload: mail }: OutboxRow): Promise<void> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl, {
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      maxMessages: 1000,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as never);
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${id}@${new URL(this.config.publicUrl).hostname}>`,
      ...(mail.unsubscribeUrl
        ? {
            list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
  }
}
