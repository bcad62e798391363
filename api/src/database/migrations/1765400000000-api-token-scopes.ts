import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens carry a scope (`read` < `write` < `admin`, each including the ones before) and may
 * expire. Tokens made before scopes existed keep what they could do: everything their owner can
 * (admin scope for admins, write for everyone else).
 */
export class ApiTokenScopes1765400000000 implements MigrationInterface {
  name = 'ApiTokenScopes1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE api_tokens
      ADD COLUMN scope text NOT NULL DEFAULT 'read' CHECK (scope IN ('read', 'write', 'admin')),
      ADD COLUMN expires_at timestamptz`);
    await db.query(`UPDATE api_tokens t SET scope = CASE WHEN u.role = 'admin' THEN 'admin' ELSE 'write' END
      FROM users u WHERE u.id = t.user_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE api_tokens DROP COLUMN expires_at, DROP COLUMN scope`);
  }
}
