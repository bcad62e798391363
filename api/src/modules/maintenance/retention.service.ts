import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../core/jobs/job-queue.js';

export const PRUNE_JOB = 'maintenance:prune';

/** What is kept how long: each rule is a table and the condition of its rows that may go. */
export const RETENTION: ReadonlyArray<{ table: string; expired: string }> = [
  // Sessions that can no longer sign anyone in, a week after they stopped working.
  {
    table: 'sessions',
    expired: `expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days'`,
  },
  // Rate-limit counters (rate-limiter-flexible; `expire` in epoch milliseconds) a day after they ran out.
  { table: 'rate_limits', expired: `expire < (extract(epoch FROM now() - interval '1 day') * 1000)::bigint` },
  // Sent mail is kept a month for support questions ("did it go out?"); unsent mail never goes.
  { table: 'outbox', expired: `sent_at < now() - interval '30 days'` },
  // Notifications older than half a year are history nobody pages back to.
  { table: 'notifications', expired: `created_at < now() - interval '180 days'` },
];

/** Rows deleted per statement: short transactions, no long locks on busy tables. */
const CHUNK = 5_000;

/**
 * Deletes expired rows every hour, as a scheduled job (one instance per tick; a tick missed
 * while every instance was down runs at the next start).
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define(PRUNE_JOB, () => this.prune());
    this.jobs.schedule('17 * * * *', PRUNE_JOB, 'fill=1h');
  }

  /** Deletes every expired row; returns how many per table. */
  async prune(): Promise<Record<string, number>> {
    const deleted: Record<string, number> = {};
    for (const { table, expired } of RETENTION) {
      deleted[table] = 0;
      for (;;) {
        const [, count] = await this.db.query<[unknown, number]>(
          `DELETE FROM ${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${table} WHERE ${expired} LIMIT ${CHUNK}))`,
        );
        deleted[table] += count;
        if (count < CHUNK) break;
      }
    }
    const total = Object.values(deleted).reduce((sum, n) => sum + n, 0);
    if (total > 0) this.logger.log({ deleted }, `pruned ${total} expired row(s)`);
    return deleted;
  }
}
