import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing webhooks (modules/webhooks): endpoints admins register, each event's message to an
 * endpoint (its payload, signed again on every attempt under the same webhook-id), and every
 * delivery attempt with its outcome.
 */
export class Webhooks1765250000000 implements MigrationInterface {
  name = 'Webhooks1765250000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL CHECK (char_length(url) <= 2000),
        board_id uuid REFERENCES boards(id) ON DELETE CASCADE,
        events text[] NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 20),
        format text NOT NULL CHECK (format IN ('standard', 'slack')),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 200),
        secret text NOT NULL,
        paused_at timestamptz,
        paused_reason text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE webhook_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
        source_key text NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        summary text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, source_key)
      )`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES webhook_messages(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        succeeded boolean NOT NULL,
        status_code integer,
        duration_ms integer NOT NULL,
        error text,
        response_excerpt text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE INDEX webhook_deliveries_page_idx ON webhook_deliveries (webhook_id, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX webhook_messages_created_idx ON webhook_messages (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_messages`);
    await db.query(`DROP TABLE webhooks`);
  }
}
