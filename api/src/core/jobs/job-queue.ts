import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { run, runMigrations, type Runner, type Task, type TaskList, type WorkerEvents } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { jobLogger } from './job-logger.js';

/** Jobs run at once per instance (each holds a connection of the queue's own pool while it runs). */
export const JOB_CONCURRENCY = 4;
/** Attempts before a job is left failed (graphile-worker backs off exp(attempt) seconds: ~3 days over 25). */
export const DEFAULT_MAX_ATTEMPTS = 25;
/** How often an instance looks for jobs locked by instances that died (their connection is gone). */
const RECLAIM_INTERVAL_MS = 30_000;
/** Prefix of the application_name of every queue connection: `chorus-jobs:<instance id>`. */
const PRESENCE = 'chorus-jobs:';

/** Injection token: whether this instance runs workers (the app provides it from CHORUS_JOB_WORKERS). */
export const RUN_JOB_WORKERS = Symbol('RUN_JOB_WORKERS');

export interface EnqueueOptions {
  /** At most one pending job per key (graphile-worker job_key): enqueueing again replaces it. */
  jobKey?: string;
  /** With `jobKey`: keep the pending job's run time instead of moving it (coalesces bursts). */
  preserveRunAt?: boolean;
  runAt?: Date;
  maxAttempts?: number;
}

export interface JobContext {
  jobId: string;
  attempts: number;
  maxAttempts: number;
}

/** A job to enqueue only when `when` holds: a SQL condition over `payload` (jsonb), or always. */
export interface ConditionalJob {
  name: string;
  when?: string;
}

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

export type JobHandler<P> = (payload: P, job: JobContext) => Promise<unknown>;

/** Installs or upgrades graphile-worker's own schema (`graphile_worker`); idempotent, safe concurrently. */
export async function installJobSchema(connectionString: string): Promise<void> {
  const pool = new pg.Pool({ connectionString, max: 1 });
  pool.on('error', () => undefined); // an idle client dropped: the migration itself reports its errors
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await runMigrations({ pgPool: pool, logger: jobLogger(new Logger('JobQueue')) });
  } finally {
    await pool.end();
  }
}

/**
 * Durable background work in PostgreSQL (graphile-worker). A job is written with
 * `enqueue(tx, ...)` inside the transaction of the write that causes it, so it exists exactly
 * when the write committed; every API instance runs workers that take jobs with SKIP LOCKED
 * and retry failures with exponential backoff. Handlers must be idempotent: a job whose
 * instance died mid-run runs again.
 *
 * An instance that dies (SIGKILL, OOM) leaves its running jobs locked; graphile-worker would
 * free them only after 4 hours. Each instance therefore names its connections
 * `chorus-jobs:<instance>` and records its workers in `job_worker_instances`; any instance
 * frees (force_unlock_workers) the jobs of workers whose instance has no connection left, at
 * its start and every 30 s.
 *
 * Scheduled work is a crontab line per job (`schedule`); graphile-worker keeps each line's
 * last run in the database, so `?fill=` backfills a run missed while every instance was down,
 * and its job key stops two instances from running the same tick.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly tasks: TaskList = {};
  private readonly crontab: string[] = [];
  private readonly instanceId = randomBytes(8).toString('hex');
  private runner: Runner | undefined;
  private pool: pg.Pool | undefined;
  /** Held for the instance's life: it is how the other instances see that this one is alive. */
  private presence: pg.PoolClient | undefined;
  private reclaimTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DataSource,
    @Inject(RUN_JOB_WORKERS) private readonly runWorkers: boolean,
  ) {}

  /** Declares the handler of a job name; call from onModuleInit (before the workers start). */
  define<P>(name: string, handler: JobHandler<P>): void {
    if (this.tasks[name]) throw new Error(`Job ${name} is defined twice`);
    const task: Task = (payload, helpers) =>
      handler(payload as P, {
        jobId: helpers.job.id,
        attempts: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
      }) as Promise<void>;
    this.tasks[name] = task;
  }

  /**
   * Runs a defined job on a schedule: `cron` is five crontab fields (UTC) and `options` the
   * graphile-worker crontab options, e.g. `fill=1d` to backfill a missed run up to a day old.
   */
  schedule(cron: string, name: string, options = ''): void {
    this.crontab.push(`${cron} ${name}${options ? ` ?${options}` : ''}`);
  }

  /** Enqueues `name` inside the caller's transaction (or on its own with the DataSource's manager). */
  async enqueue(tx: EntityManager, name: string, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    await this.enqueueEach(tx, [name], payload, options);
  }

  /**
   * A statement that enqueues each of `jobs` whose `when` holds, with the payload `payloadSql`
   * (a SQL expression of type jsonb, also the `payload` the conditions read; one set of jobs per
   * row of `from` when given), and returns one row per job enqueued. Embed it as a CTE to enqueue
   * inside the write's own statement.
   */
  enqueueSql(jobs: ConditionalJob[], payloadSql: string, from?: string): string {
    const names = jobs
      .map(({ name, when }) => `SELECT ${quoteLiteral(name)}::text AS name${when ? ` WHERE ${when}` : ''}`)
      .join(' UNION ALL ');
    return `SELECT graphile_worker.add_job(j.name, p.payload::json, max_attempts => ${DEFAULT_MAX_ATTEMPTS})
              FROM (SELECT ${payloadSql} AS payload${from ? ` FROM ${from}` : ''}) p CROSS JOIN LATERAL (${names}) j`;
  }

  /** The same payload to several jobs in one statement (each retries on its own). */
  async enqueueEach(tx: EntityManager, names: string[], payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    if (names.length === 0) return;
    await tx.query(
      `SELECT graphile_worker.add_job(name, $2::json, run_at => $3, max_attempts => $4, job_key => $5,
              job_key_mode => $6) FROM unnest($1::text[]) AS name`,
      [
        names,
        JSON.stringify(payload ?? {}),
        options.runAt ?? null,
        options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        options.jobKey ?? null,
        options.preserveRunAt ? 'preserve_run_at' : 'replace',
      ],
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runWorkers) return; // enqueue-only instance (and the schema emitter, which has no database)
    const connectionString = this.connectionString();
    await installJobSchema(connectionString);
    this.pool = new pg.Pool({
      connectionString,
      max: JOB_CONCURRENCY + 3,
      application_name: `${PRESENCE}${this.instanceId}`,
    });
    // A dropped connection must not crash the process: the pool replaces it.
    this.pool.on('error', (error) => this.logger.warn(`job queue connection: ${error.message}`));
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    this.presence = await this.pool.connect();
    await this.reclaimFromDeadInstances();
    // Listeners attached before run(): the pool and its workers are created inside it.
    const events: WorkerEvents = new EventEmitter();
    events.on('pool:create', ({ workerPool }) => void this.register(workerPool.id));
    events.on('worker:create', ({ worker }) => void this.register(worker.workerId));
    events.on('job:error', ({ job, error }) =>
      this.logger.warn({ err: error, job: job.task_identifier, attempts: job.attempts }, 'job failed, will retry'),
    );
    events.on('job:failed', ({ job, error }) =>
      this.logger.error({ err: error, job: job.task_identifier, jobId: job.id }, 'job failed for good'),
    );
    this.runner = await run({
      events,
      pgPool: this.pool,
      taskList: this.tasks,
      crontab: this.crontab.join('\n'),
      concurrency: JOB_CONCURRENCY,
      noHandleSignals: true,
      pollInterval: 1_000,
      logger: jobLogger(this.logger),
    });
    this.reclaimTimer = setInterval(() => void this.reclaimFromDeadInstances(), RECLAIM_INTERVAL_MS);
    this.reclaimTimer.unref();
  }

  /** Finishes running jobs (graphile-worker's graceful shutdown), then closes the queue's pool. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.reclaimTimer);
    await this.runner?.stop();
    this.runner = undefined;
    this.presence?.release();
    this.presence = undefined;
    await this.pool?.end();
    this.pool = undefined;
  }

  /**
   * Resolves once no job this instance runs is due or running (jobs that enqueue jobs
   * included). Failed jobs waiting for their retry do not count. For tests and tools, instead
   * of sleeping.
   */
  async drained(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ busy }] = await this.db.query<Array<{ busy: boolean }>>(
        `SELECT EXISTS (SELECT 1 FROM graphile_worker.jobs
                         WHERE task_identifier = ANY($1::text[])
                           AND (locked_at IS NOT NULL OR (run_at <= now() AND attempts < max_attempts))) AS busy`,
        [Object.keys(this.tasks)],
      );
      if (!busy) return;
      if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async register(workerId: string): Promise<void> {
    await this.db
      .query(`INSERT INTO job_worker_instances (worker_id, instance_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        workerId,
        this.instanceId,
      ])
      .catch((error: Error) => this.logger.warn(`job worker ${workerId} not registered: ${error.message}`));
  }

  /**
   * Frees the jobs locked by workers of instances that have no connection left (they died),
   * and by workers nobody registered a minute after they took a job (an instance that died
   * between starting a worker and registering it).
   */
  private async reclaimFromDeadInstances(): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        const dead = await tx.query<Array<{ workerId: string }>>(
          `WITH gone AS (
             DELETE FROM job_worker_instances w
              WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = $1 || w.instance_id)
              RETURNING worker_id
           )
           SELECT worker_id AS "workerId" FROM gone
           UNION
           SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
            WHERE j.locked_at < now() - interval '1 minute'
              AND NOT EXISTS (SELECT 1 FROM job_worker_instances w WHERE w.worker_id = j.locked_by)`,
          [PRESENCE],
        );
        if (dead.length === 0) return;
        await tx.query(`SELECT graphile_worker.force_unlock_workers($1::text[])`, [dead.map((d) => d.workerId)]);
        this.logger.warn(`freed the jobs of ${dead.length} worker(s) of stopped instances`);
      });
    } catch (error) {
      this.logger.warn(`could not reclaim jobs of stopped instances: ${(error as Error).message}`);
    }
  }

  private connectionString(): string {
    const url = (this.db.options as { url?: string }).url;
    if (!url) throw new Error('The job queue needs a DataSource configured with a url');
    return url;
  }
}
