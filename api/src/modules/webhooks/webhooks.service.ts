import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { badInput, notFound } from '../../core/errors.js';
import { pageSize, type ConnectionShape } from '../../core/pagination/connection.js';
import { keysetConnection, keysetPage } from '../../core/sql/keyset.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireRole, type Viewer } from '../../core/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateWebhookInput, UpdateWebhookInput } from './dto/webhook.inputs.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { isWebhookEvent, WEBHOOK_EVENTS } from './webhook-events.js';
import { parseWebhookUrl, RefusedTarget, resolveTarget } from './webhook-target.js';
import type {
  WebhookDeliveriesArgs,
  WebhookDeliveryModel,
  WebhookModel,
  WebhookSecretPayloadModel,
} from './webhook.model.js';

const COLUMNS = `w.id, w.url, b.slug AS "boardSlug", w.events, w.format, w.description,
  w.paused_at IS NOT NULL AS paused, w.paused_at AS "pausedAt", w.paused_reason AS "pausedReason",
  w.created_at AS "createdAt", w.updated_at AS "updatedAt"`;
const MAX_WEBHOOKS = 50;
const MAX_DESCRIPTION = 200;

/** Admins' endpoints: registering, changing, pausing, rotating secrets, reading deliveries. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly delivery: WebhookDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(viewer: Viewer | null): Promise<WebhookModel[]> {
    requireRole(viewer, 'admin');
    return this.db.query(
      `SELECT ${COLUMNS} FROM webhooks w LEFT JOIN boards b ON b.id = w.board_id ORDER BY w.created_at, w.id`,
    );
  }

  async create(viewer: Viewer | null, input: CreateWebhookInput): Promise<WebhookSecretPayloadModel> {
    const admin = requireRole(viewer, 'admin');
    const url = await this.checkedUrl(input.url);
    const events = checkedEvents(input.events);
    const description = checkedDescription(input.description);
    const secret = newSigningSecret();
    return this.db.transaction(async (tx) => {
      const boardId = await this.boardIdOf(tx, input.boardSlug ?? null);
      const [created] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO webhooks (url, board_id, events, format, description, secret, created_by)
         SELECT $1, $2, $3, $4, $5, $6, $7 WHERE (SELECT count(*) FROM webhooks) < $8
         RETURNING id`,
        [url, boardId, events, input.format, description, secret, admin.id, MAX_WEBHOOKS],
      );
      if (!created) throw badInput({ url: `There are already ${MAX_WEBHOOKS} webhooks; delete one first.` });
      const webhook = await this.byId(tx, created.id);
      await this.record(tx, admin, 'webhook.created', webhook.id, null, auditState(webhook));
      return { webhook, secret };
    });
  }

  async update(viewer: Viewer | null, input: UpdateWebhookInput): Promise<WebhookModel> {
    const admin = requireRole(viewer, 'admin');
    const url = input.url == null ? null : await this.checkedUrl(input.url);
    const events = input.events == null ? null : checkedEvents(input.events);
    const description = input.description == null ? null : checkedDescription(input.description);
    return this.db.transaction(async (tx) => {
      const before = await this.byId(tx, input.id, true);
      const boardChanges = input.boardSlug !== undefined;
      const boardId = boardChanges ? await this.boardIdOf(tx, input.boardSlug ?? null) : null;
      await tx.query(
        `UPDATE webhooks SET url = coalesce($2, url), events = coalesce($3, events), format = coalesce($4, format),
                description = coalesce($5, description),
                board_id = CASE WHEN $6 THEN $7::uuid ELSE board_id END,
                paused_at = CASE WHEN $8::boolean IS NULL THEN paused_at WHEN $8 THEN coalesce(paused_at, now()) END,
                paused_reason = CASE WHEN $8::boolean IS NULL THEN paused_reason
                                     WHEN $8 THEN coalesce(paused_reason, 'Paused by an admin') END,
                updated_at = now()
          WHERE id = $1`,
        [before.id, url, events, input.format ?? null, description, boardChanges, boardId, input.paused ?? null],
      );
      const after = await this.byId(tx, before.id);
      await this.record(tx, admin, 'webhook.updated', after.id, auditState(before), auditState(after));
      return after;
    });
  }

  async delete(viewer: Viewer | null, id: string): Promise<boolean> {
    const admin = requireRole(viewer, 'admin');
    if (!isUuid(id)) return false;
    return this.db.transaction(async (tx) => {
      const [before] = await this.find(tx, id, true);
      if (!before) return false;
      await tx.query(`DELETE FROM webhooks WHERE id = $1`, [id]);
      await this.record(tx, admin, 'webhook.deleted', id, auditState(before), null);
      return true;
    });
  }

  async rotateSecret(viewer: Viewer | null, id: string): Promise<WebhookSecretPayloadModel> {
    const admin = requireRole(viewer, 'admin');
    const secret = newSigningSecret();
    return this.db.transaction(async (tx) => {
      const webhook = await this.byId(tx, id, true);
      await tx.query(`UPDATE webhooks SET secret = $2, updated_at = now() WHERE id = $1`, [webhook.id, secret]);
      await this.record(tx, admin, 'webhook.secret_rotated', webhook.id, null, null);
      return { webhook: await this.byId(tx, webhook.id), secret };
    });
  }

  /** Newest attempts first, keyset on (created_at, id). */
  async deliveries(viewer: Viewer | null, args: WebhookDeliveriesArgs): Promise<ConnectionShape<WebhookDeliveryModel>> {
    requireRole(viewer, 'admin');
    if (!isUuid(args.webhookId)) throw notFound('The webhook');
    const first = pageSize(args.first);
    const params: unknown[] = [args.webhookId];
    const page = keysetPage({ key: 'd.created_at', type: 'timestamptz', id: 'd.id' }, args.after, params);
    params.push(first + 1);
    const [found, [{ count }]] = await Promise.all([
      this.db.query<Array<WebhookDeliveryModel & { sortKey: string }>>(
        `SELECT d.id, 'msg_' || d.message_id AS "messageId", m.event_type AS "eventType", m.summary, d.attempt,
                d.succeeded, d.status_code AS "statusCode", d.duration_ms AS "durationMs", d.error,
                d.response_excerpt AS "responseExcerpt", d.created_at AS "createdAt", ${page.sortKey}
           FROM webhook_deliveries d JOIN webhook_messages m ON m.id = d.message_id
          WHERE d.webhook_id = $1 AND ${page.after}
          ORDER BY ${page.orderBy} LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM webhook_deliveries WHERE webhook_id = $1`,
        [args.webhookId],
      ),
    ]);
    return keysetConnection(found, first, count);
  }

  /** Sends the event of an earlier attempt again (one attempt, also to a paused endpoint). */
  async redeliver(viewer: Viewer | null, deliveryId: string): Promise<boolean> {
    requireRole(viewer, 'admin');
    if (!isUuid(deliveryId)) throw notFound('The delivery');
    const [delivery] = await this.db.query<Array<{ messageId: string }>>(
      `SELECT message_id AS "messageId" FROM webhook_deliveries WHERE id = $1`,
      [deliveryId],
    );
    if (!delivery) throw notFound('The delivery');
    await this.delivery.redeliver(delivery.messageId);
    return true;
  }

  private async checkedUrl(raw: string): Promise<string> {
    try {
      const url = parseWebhookUrl(raw.trim());
      await resolveTarget(url, this.config.webhooksAllowPrivate);
      return url.href;
    } catch (error) {
      if (error instanceof RefusedTarget) throw badInput({ url: error.message });
      throw error;
    }
  }

  private async boardIdOf(tx: EntityManager, slug: string | null): Promise<string | null> {
    if (slug === null) return null;
    const [board] = await tx.query<Array<{ id: string }>>(`SELECT id FROM boards WHERE slug = $1`, [
      slug.slice(0, 100),
    ]);
    if (!board) throw badInput({ boardSlug: 'There is no board with this slug.' });
    return board.id;
  }

  private find(tx: EntityManager, id: string, lock = false): Promise<WebhookModel[]> {
    if (!isUuid(id)) return Promise.resolve([]);
    return rows<WebhookModel>(
      tx,
      `SELECT ${COLUMNS} FROM webhooks w LEFT JOIN boards b ON b.id = w.board_id WHERE w.id = $1
       ${lock ? 'FOR UPDATE OF w' : ''}`,
      [id],
    );
  }

  private async byId(tx: EntityManager, id: string, lock = false): Promise<WebhookModel> {
    const [webhook] = await this.find(tx, id, lock);
    if (!webhook) throw notFound('The webhook');
    return webhook;
  }

  private record(
    tx: EntityManager,
    admin: Viewer,
    action: string,
    id: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(tx, { actorId: admin.id, action, subjectType: 'webhook', subjectId: id, before, after });
  }
}

/** `whsec_` and 24 random bytes in base64, as Standard Webhooks libraries expect. */
function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

function checkedEvents(raw: string[]): string[] {
  if (raw.length > WEBHOOK_EVENTS.length * 2) throw badInput({ events: 'Too many events.' });
  const events = [...new Set(raw.map((e) => e.trim()))];
  const unknown = events.find((e) => !isWebhookEvent(e));
  if (unknown !== undefined) {
    throw badInput({ events: `Unknown event "${unknown.slice(0, 40)}"; use ${WEBHOOK_EVENTS.join(', ')}.` });
  }
  if (events.length === 0) throw badInput({ events: 'Choose at least one event.' });
  return events;
}

function checkedDescription(raw: string): string {
  const description = raw.trim();
  if (description.length > MAX_DESCRIPTION)
    throw badInput({ description: `Use at most ${MAX_DESCRIPTION} characters.` });
  return description;
}

/** What the audit log keeps of an endpoint (never its secret). */
function auditState(w: WebhookModel): Record<string, unknown> {
  return { url: w.url, boardSlug: w.boardSlug, events: w.events, format: w.format, paused: w.paused };
}
