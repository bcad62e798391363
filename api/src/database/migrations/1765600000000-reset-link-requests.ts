import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `account_tokens.request_id`: the password-reset request a link answers. The mailing job
 * runs after the request (so the answer is the same for every address); a job that runs
 * again after its transaction committed (its worker died before marking it done) finds the
 * link of its request already there and mails no second one.
 */
export class ResetLinkRequests1765600000000 implements MigrationInterface {
  name = 'ResetLinkRequests1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account_tokens ADD COLUMN request_id uuid`);
    await db.query(
      `CREATE UNIQUE INDEX account_tokens_request_key ON account_tokens (user_id, request_id) WHERE request_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX account_tokens_request_key`);
    await db.query(`ALTER TABLE account_tokens DROP COLUMN request_id`);
  }
}
