import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { rows } from '../../core/sql/rows.js';
import { EventTasks } from '../../core/events/event-tasks.js';
import type { MailMessage } from '../../core/mail/mail-templates.js';

/** How often the worker looks for due mail. */
export const OUTBOX_POLL_MS = 5_000;
/** Retry n waits min(30 s · 2^(n-1), 6 h); after MAX_ATTEMPTS the row is parked (last_error says why). */
export const MAX_ATTEMPTS = 12;
const BATCH = 25;

export interface OutboxRunResult {
  sent: number;
  failed: number;
}

/**
 * Delivers the outbox over SMTP. Every API instance runs one; a row is claimed with
 * `FOR UPDATE SKIP LOCKED` inside the transaction that also records the result, so two
 * instances never send the same mail and a crash mid-send leaves the row due again (SMTP has
 * no exactly-once: a crash after the server accepted but before commit re-sends once).
 * Without SMTP_URL the worker does not start and mail waits in the outbox.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<OutboxRunResult> | null = null;
  private transport: Transporter | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly tasks: EventTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) {
      this.logger.warn('SMTP_URL is not set: notification e-mail stays in the outbox until it is');
      return;
    }
    this.timer = setInterval(() => void this.tasks.track(this.runOnce(), 'outbox'), OUTBOX_POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    await this.tasks.settled();
    this.transport?.close();
  }

  /** Sends every due row once (a run already in progress is joined, not doubled). */
  runOnce(): Promise<OutboxRunResult> {
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<OutboxRunResult> {
    const result = { sent: 0, failed: 0 };
    for (let i = 0; i < BATCH; i++) {
      const outcome = await this.sendNext();
      if (outcome === 'none') break;
      result[outcome]++;
    }
    return result;
  }

  private sendNext(): Promise<'sent' | 'failed' | 'none'> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<Array<{ id: string; kind: string; payload: MailMessage; attempts: number }>>(
        `SELECT id, kind, payload, attempts FROM outbox
          WHERE sent_at IS NULL AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!row) return 'none';
      try {
        await this.send(row.payload);
      } catch (error) {
        const attempts = row.attempts + 1;
        const delaySeconds = attempts >= MAX_ATTEMPTS ? null : Math.min(30 * 2 ** (attempts - 1), 6 * 3600);
        await tx.query(
          `UPDATE outbox SET attempts = $2, last_error = $3,
                  next_attempt_at = CASE WHEN $4::int IS NULL THEN 'infinity' ELSE now() + make_interval(secs => $4::int) END
            WHERE id = $1`,
          [row.id, attempts, String((error as Error).message ?? error).slice(0, 1000), delaySeconds],
        );
        this.logger.warn({ outboxId: row.id, attempts, err: error }, 'mail not sent, will retry');
        return 'failed';
      }
      await rows(
        tx,
        `UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1 RETURNING id`,
        [row.id],
      );
      if (row.payload.notificationIds?.length) {
        await tx.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [
          row.payload.notificationIds,
        ]);
      }
      return 'sent';
    });
  }

  private async send(mail: MailMessage): Promise<void> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl, {
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
      ...(mail.unsubscribeUrl && {
        list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    });
  }
}
