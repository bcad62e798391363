import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which API instance runs which job worker (core/jobs/job-queue.ts): when an instance dies
 * without releasing its jobs, the others free the jobs of its workers at once instead of
 * after graphile-worker's 4-hour lock expiry. The queue itself lives in graphile-worker's own
 * schema (`graphile_worker`), which that library installs and upgrades at start.
 */
export class JobWorkerInstances1765200000000 implements MigrationInterface {
  name = 'JobWorkerInstances1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE job_worker_instances (
        worker_id text PRIMARY KEY,
        instance_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE job_worker_instances`);
  }
}
