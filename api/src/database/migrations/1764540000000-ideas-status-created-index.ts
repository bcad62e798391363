import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The triage queue lists one status oldest first (`ideas(status: "open", sort: OLDEST)`): this
 * index serves it, and its keyset pages, as a range scan whatever the board's other ideas.
 */
export class IdeasStatusCreatedIndex1764540000000 implements MigrationInterface {
  name = 'IdeasStatusCreatedIndex1764540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX ideas_status_created_idx ON ideas (status_id, created_at, id) WHERE deleted_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ideas_status_created_idx`);
  }
}
