import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DomainEventBus, type DomainEvents } from '../../core/events/domain-events.js';
import { JobQueue, type JobContext } from '../../core/jobs/job-queue.js';
import { rows } from '../../core/sql/rows.js';
import { PAYLOAD_VERSION, WEBHOOK_EVENT_OF, type WebhookSourceEvent } from './webhook-events.js';
import { describeEvent } from './webhook-payloads.js';
import { sendWebhook } from './webhook-sender.js';

const DELIVER_JOB = 'webhooks:deliver';
const PRUNE_JOB = 'webhooks:prune';
/** Messages and their delivery log are kept this long (a month of history for admins). */
export const WEBHOOK_LOG_RETENTION = '30 days';
const PRUNE_CHUNK = 5_000;
/**
 * Attempts per message. graphile-worker waits exp(min(attempt, 10)) s after a failed attempt:
 * 13 attempts span about 22 hours (the last waits are 6 h each).
 */
export const DELIVERY_ATTEMPTS = 13;
/**
 * An endpoint is paused when, within the last 24 hours, no attempt succeeded, at least this
 * many failed, and the first of those failures is at least PAUSE_FAILING_FOR old: a burst
 * of failures during a short outage of a busy board pauses nothing.
 */
export const PAUSE_MIN_FAILURES = 10;
export const PAUSE_FAILING_FOR = '12 hours';

interface DeliverJob {
  messageId: string;
  /** An admin's redelivery: one attempt, also to a paused endpoint. */
  manual?: boolean;
}

interface MessageRow {
  id: string;
  webhookId: string;
  body: string;
  summary: string;
  url: string;
  format: 'standard' | 'slack';
  secret: string;
  paused: boolean;
}

/**
 * Turns domain events into webhook messages and delivers them. Each event's job (one per event,
 * enqueued in the write's transaction) stores one message per subscribed endpoint and enqueues
 * one delivery job per message in the same transaction; a delivery job makes one attempt,
 * logs it in `webhook_deliveries`, and fails (so the queue retries it with backoff) unless the
 * endpoint answered 2xx.
 */
@Injectable()
export class WebhookDeliveryService implements OnModuleInit {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly db: DataSource,
    private readonly events: DomainEventBus,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const event of Object.keys(WEBHOOK_EVENT_OF) as WebhookSourceEvent[]) {
      // A job only when some endpoint may want the event (fanOut checks again, with the board).
      this.events.handle(event, 'webhooks', (payload, job) => this.fanOut(event, payload, job), {
        when: `EXISTS (SELECT 1 FROM webhooks WHERE paused_at IS NULL AND '${WEBHOOK_EVENT_OF[event]}' = ANY(events))`,
      });
    }
    this.jobs.define<DeliverJob>(DELIVER_JOB, (job) => this.deliver(job));
    this.jobs.define(PRUNE_JOB, () => this.prune());
    this.jobs.schedule('41 3 * * *', PRUNE_JOB, 'fill=1d');
  }

  /**
   * Deletes messages (and so their deliveries) older than WEBHOOK_LOG_RETENTION, in chunks
   * (short transactions); returns how many.
   */
  async prune(): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await rows<{ id: string }>(
        this.db,
        `DELETE FROM webhook_messages WHERE id IN (
           SELECT id FROM webhook_messages WHERE created_at < now() - $1::interval LIMIT $2)
         RETURNING id`,
        [WEBHOOK_LOG_RETENTION, PRUNE_CHUNK],
      );
      total += deleted.length;
      if (deleted.length < PRUNE_CHUNK) return total;
    }
  }

  /** Enqueues one more attempt of an earlier message (an admin's redelivery). */
  async redeliver(messageId: string): Promise<void> {
    await this.jobs.enqueue(this.db.manager, DELIVER_JOB, { messageId, manual: true } satisfies DeliverJob, {
      maxAttempts: 1,
    });
  }

  /**
   * Stores the event's message for every active endpoint that wants it, with its delivery job.
   * Idempotent: a retried event job (same job id) finds its messages stored and adds none.
   */
  private async fanOut<E extends WebhookSourceEvent>(
    event: E,
    payload: DomainEvents[E],
    job: JobContext,
  ): Promise<void> {
    const type = WEBHOOK_EVENT_OF[event];
    const [{ wanted }] = await this.db.query<Array<{ wanted: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM webhooks WHERE paused_at IS NULL AND $1 = ANY(events)) AS wanted`,
      [type],
    );
    if (!wanted) return;
    const described = await describeEvent(this.db.manager, this.config.publicUrl, event, payload);
    if (!described) return;
    await this.db.transaction(async (tx) => {
      const messages = await tx.query<Array<{ id: string }>>(
        `INSERT INTO webhook_messages (webhook_id, source_key, event_type, payload, summary)
         SELECT w.id, $1, $2,
                jsonb_build_object('type', $2::text, 'version', $3::int, 'timestamp', to_json(now()),
                                   'data', $4::jsonb),
                $5
           FROM webhooks w
          WHERE w.paused_at IS NULL AND $2 = ANY(w.events) AND (w.board_id IS NULL OR w.board_id = $6)
         ON CONFLICT (webhook_id, source_key) DO NOTHING
         RETURNING id`,
        [
          `${event}:${job.jobId}`,
          type,
          PAYLOAD_VERSION,
          JSON.stringify(described.data),
          described.summary,
          described.boardId,
        ],
      );
      for (const message of messages) {
        await this.jobs.enqueue(tx, DELIVER_JOB, { messageId: message.id } satisfies DeliverJob, {
          maxAttempts: DELIVERY_ATTEMPTS,
        });
      }
    });
  }

  /** One attempt at one message; throws (so the queue retries) when it did not succeed. */
  private async deliver({ messageId, manual }: DeliverJob): Promise<void> {
    const [message] = await this.db.query<MessageRow[]>(
      `SELECT m.id, m.webhook_id AS "webhookId", m.payload::text AS body, m.summary, w.url, w.format, w.secret,
              w.paused_at IS NOT NULL AS paused
         FROM webhook_messages m JOIN webhooks w ON w.id = m.webhook_id WHERE m.id = $1`,
      [messageId],
    );
    if (!message) return; // the endpoint was deleted
    if (message.paused && !manual) return; // resumed endpoints get new events; admins redeliver old ones
    const result = await this.send(message);
    await this.db.query(
      `INSERT INTO webhook_deliveries
              (webhook_id, message_id, attempt, succeeded, status_code, duration_ms, error, response_excerpt)
       VALUES ($1, $2, (SELECT count(*) + 1 FROM webhook_deliveries WHERE message_id = $2), $3, $4, $5, $6, $7)`,
      [
        message.webhookId,
        message.id,
        result.ok,
        result.statusCode,
        result.durationMs,
        result.error,
        result.responseExcerpt,
      ],
    );
    if (result.ok) return;
    await this.pauseIfFailing(message.webhookId);
    throw new Error(`webhook delivery failed: ${result.error}`);
  }

  private send(message: MessageRow) {
    const url = new URL(message.url);
    const allowPrivate = this.config.webhooksAllowPrivate;
    if (message.format === 'slack') {
      return sendWebhook(url, JSON.stringify({ text: message.summary }), {}, allowPrivate);
    }
    // Signed anew on each attempt (a fresh timestamp), under the message's stable id.
    const webhookId = `msg_${message.id}`;
    const timestamp = new Date();
    const signature = new Webhook(message.secret).sign(webhookId, timestamp, message.body);
    return sendWebhook(
      url,
      message.body,
      {
        'webhook-id': webhookId,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signature,
      },
      allowPrivate,
    );
  }

  private async pauseIfFailing(webhookId: string): Promise<void> {
    const paused = await rows<{ id: string }>(
      this.db,
      `UPDATE webhooks w SET paused_at = now(), updated_at = now(),
              paused_reason = 'Every delivery of the last 24 hours failed'
        WHERE w.id = $1 AND w.paused_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d
                           WHERE d.webhook_id = w.id AND d.succeeded AND d.created_at > now() - interval '24 hours')
          AND (SELECT count(*) >= $2 AND min(d.created_at) <= now() - $3::interval FROM webhook_deliveries d
                WHERE d.webhook_id = w.id AND d.created_at > now() - interval '24 hours')
        RETURNING w.id`,
      [webhookId, PAUSE_MIN_FAILURES, PAUSE_FAILING_FOR],
    );
    if (paused.length > 0) this.logger.warn(`webhook ${webhookId} paused: every delivery of the last 24 hours failed`);
  }
}
